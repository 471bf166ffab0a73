#!/usr/bin/env python3
"""Remakes the binary attachments of the test vault (../obsidian-vault/).

    python3 make_vault_files.py          # writes the files in place; needs `java` (17+) on PATH for the JPEGs

Everything is drawn from code, so the files are ours and can be remade byte for byte on the same JDK:

- PNG (RGB and RGBA) written with zlib and struct only;
- JPEG: the pixels are drawn here, written as a PPM and encoded by EncodeJpeg.java (ImageIO), because Python's
  standard library has no JPEG encoder; the whiteboard photo then gets an EXIF APP1 segment with orientation 6
  (stored landscape, shown portrait) and a canary description that must never reach the built site;
- PDF: small hand-assembled PDF 1.4 files with real text and a correct cross-reference table;
- MP3: one second of silent MPEG-1 Layer III frames (a valid stream);
- MP4: only an 'ftyp' box, a 'free' box and an empty 'mdat' box -- it has the right magic and box structure but
  no track, so browsers show an unplayable video; enough for markup and link tests.

The SVG and the notes are hand-written text files and are not made here.
"""

import math
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
VAULT = HERE.parent / "obsidian-vault"
ATTACHMENTS = VAULT / "attachments"

# Strings a test greps the built site for: they must never be published.
EXIF_CANARY = "EXIF-CANARY-9087"


# --------------------------------------------------------------------------------------------------- drawing

def mix(a, b, t):
    t = max(0.0, min(1.0, t))
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))


class Canvas:
    """RGB or RGBA pixels in a bytearray, with just the shapes the pictures need."""

    def __init__(self, width, height, channels=3, color=(255, 255, 255, 255)):
        self.width, self.height, self.channels = width, height, channels
        self.pixels = bytearray(bytes(color[:channels]) * (width * height))

    def get(self, x, y):
        i = (y * self.width + x) * self.channels
        return tuple(self.pixels[i:i + self.channels])

    def put(self, x, y, color, alpha=1.0):
        """Paints one pixel, blending over what is there (alpha is coverage times the colour's opacity)."""
        if not (0 <= x < self.width and 0 <= y < self.height) or alpha <= 0:
            return
        i = (y * self.width + x) * self.channels
        if alpha >= 1.0:
            self.pixels[i:i + 3] = bytes(color[:3])
            if self.channels == 4:
                self.pixels[i + 3] = 255
            return
        old = self.pixels[i:i + self.channels]
        if self.channels == 4:
            old_a = old[3] / 255
            new_a = alpha + old_a * (1 - alpha)
            for c in range(3):
                blended = (color[c] * alpha + old[c] * old_a * (1 - alpha)) / new_a if new_a else 0
                self.pixels[i + c] = round(blended)
            self.pixels[i + 3] = round(new_a * 255)
        else:
            for c in range(3):
                self.pixels[i + c] = round(old[c] + (color[c] - old[c]) * alpha)

    def rows(self, paint):
        """Fills every pixel with paint(x, y) -> colour."""
        for y in range(self.height):
            for x in range(self.width):
                self.put(x, y, paint(x, y))

    def rect(self, x0, y0, x1, y1, color, alpha=1.0):
        for y in range(max(0, y0), min(self.height, y1)):
            for x in range(max(0, x0), min(self.width, x1)):
                self.put(x, y, color, alpha)

    def disc(self, cx, cy, r, color, alpha=1.0, soft=1.0, shade=None):
        """A filled circle with an anti-aliased edge `soft` pixels wide; shade(d) may vary the colour by radius."""
        for y in range(max(0, int(cy - r - soft)), min(self.height, int(cy + r + soft) + 1)):
            for x in range(max(0, int(cx - r - soft)), min(self.width, int(cx + r + soft) + 1)):
                d = math.hypot(x + 0.5 - cx, y + 0.5 - cy)
                coverage = max(0.0, min(1.0, (r - d) / soft + 0.5))
                if coverage > 0:
                    self.put(x, y, shade(d / r) if shade else color, coverage * alpha)

    def triangle(self, a, b, c, color):
        xs, ys = (a[0], b[0], c[0]), (a[1], b[1], c[1])

        def side(p, q, x, y):
            return (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0])

        for y in range(max(0, min(ys)), min(self.height, max(ys) + 1)):
            for x in range(max(0, min(xs)), min(self.width, max(xs) + 1)):
                s = (side(a, b, x, y), side(b, c, x, y), side(c, a, x, y))
                if all(v >= 0 for v in s) or all(v <= 0 for v in s):
                    self.put(x, y, color)

    def text(self, x, y, words, scale, color):
        for ch in words:
            glyph = FONT.get(ch)
            if glyph is not None:
                for gy, line in enumerate(glyph):
                    for gx, bit in enumerate(line):
                        if bit == "#":
                            self.rect(x + gx * scale, y + gy * scale, x + (gx + 1) * scale, y + (gy + 1) * scale, color)
            x += 6 * scale

    def rotated_ccw(self):
        """The picture turned a quarter counter-clockwise: what a camera held sideways stores."""
        out = Canvas(self.height, self.width, self.channels)
        for y in range(out.height):
            for x in range(out.width):
                out.put(x, y, self.get(self.width - 1 - y, x))
        return out

    def png(self):
        color_type = 6 if self.channels == 4 else 2
        stride = self.width * self.channels
        raw = bytearray()
        previous = bytes(stride)
        for y in range(self.height):
            row = bytes(self.pixels[y * stride:(y + 1) * stride])
            sub = bytes((row[i] - (row[i - self.channels] if i >= self.channels else 0)) & 0xFF
                        for i in range(stride))
            up = bytes((a - b) & 0xFF for a, b in zip(row, previous))
            left = lambda i: row[i - self.channels] if i >= self.channels else 0
            corner = lambda i: previous[i - self.channels] if i >= self.channels else 0
            paeth = bytes((row[i] - paeth_predictor(left(i), previous[i], corner(i))) & 0xFF
                          for i in range(stride))
            # The usual heuristic: the filter whose output bytes, read as signed, are smallest.
            cost = lambda data: sum(v if v < 128 else 256 - v for v in data)
            kind, data = min(((0, row), (1, sub), (2, up), (4, paeth)), key=lambda c: cost(c[1]))
            raw.append(kind)
            raw += data
            previous = row

        def chunk(kind, body):
            return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, color_type, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))

    def ppm(self):
        rgb = self.pixels if self.channels == 3 else bytes(
            b for i, b in enumerate(self.pixels) if i % 4 != 3)
        return b"P6\n%d %d\n255\n" % (self.width, self.height) + bytes(rgb)


def paeth_predictor(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else b if pb <= pc else c


FONT = {
    "A": [".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"],
    "C": [".####", "#....", "#....", "#....", "#....", "#....", ".####"],
    "E": ["#####", "#....", "#....", "####.", "#....", "#....", "#####"],
    "I": ["#####", "..#..", "..#..", "..#..", "..#..", "..#..", "#####"],
    "K": ["#...#", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "#...#"],
    "L": ["#....", "#....", "#....", "#....", "#....", "#....", "#####"],
    "M": ["#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"],
    "N": ["#...#", "##..#", "#.#.#", "#..##", "#...#", "#...#", "#...#"],
    "O": [".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."],
    "P": ["####.", "#...#", "#...#", "####.", "#....", "#....", "#...."],
    "R": ["####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"],
    "T": ["#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."],
    "W": ["#...#", "#...#", "#...#", "#.#.#", "#.#.#", "##.##", "#...#"],
    "Z": ["#####", "....#", "...#.", "..#..", ".#...", "#....", "#####"],
}


# ------------------------------------------------------------------------------------------------ pictures

def round_table():
    """photo.png, 640x400: a round table for eight, seen from above, on a plank floor."""
    c = Canvas(640, 400)

    def floor(x, y):
        plank = y // 50
        base = mix((184, 140, 98), (150, 108, 72), y / 400)
        if plank % 2:
            base = mix(base, (120, 84, 54), 0.12)
        return (60, 40, 26) if y % 50 < 2 else base

    c.rows(floor)
    c.disc(332, 214, 128, (0, 0, 0), alpha=0.28, soft=12)
    c.disc(320, 200, 120, None, soft=1.2,
           shade=lambda t: mix((132, 86, 50), (88, 54, 30), round(t * t * 12) / 12))
    for k in range(8):
        angle = math.radians(22.5 + 45 * k)
        cx, cy = 320 + 162 * math.cos(angle), 200 + 162 * math.sin(angle)
        c.disc(cx + 6, cy + 7, 27, (0, 0, 0), alpha=0.3, soft=6)
        c.disc(cx, cy, 26, (44, 60, 84), soft=1.2)
        c.disc(cx, cy, 18, (70, 92, 122), soft=1.2)
        nx, ny = 320 + 88 * math.cos(angle), 200 + 88 * math.sin(angle)
        c.rect(int(nx - 11), int(ny - 8), int(nx + 11), int(ny + 8), (238, 234, 222))
        c.disc(320 + 60 * math.cos(angle + 0.35), 200 + 60 * math.sin(angle + 0.35), 6, (250, 250, 246))
    return c


def four_ways_diagram():
    """diagram.png, 1200x640: the four ways as steps, connect lowest, accelerate highest."""
    c = Canvas(1200, 640, color=(250, 250, 247))
    colors = [(142, 202, 230), (33, 158, 188), (2, 48, 71), (251, 133, 0)]
    labels = ["CONNECT", "NETWORK", "OPTIMIZE", "ACCELERATE"]
    for i, (color, label) in enumerate(zip(colors, labels)):
        x0 = 60 + i * 280
        top = 520 - 90 * (i + 1)
        c.rect(x0, top, x0 + 250, 560, color)
        c.text(x0 + (250 - len(label) * 24) // 2 + 2, top - 44, label, 4, (30, 30, 30))
    c.rect(40, 560, 1160, 566, (30, 30, 30))
    for step in range(200):                          # the arrow of rising value, left to right
        t = step / 199
        c.disc(90 + 980 * t, 300 - 230 * t, 5, (200, 60, 40))
    c.triangle((1096, 46), (1050, 60), (1078, 96), (200, 60, 40))
    return c


def chair_avatar():
    """chair-avatar.png, 96x96 with transparent corners: a round profile picture."""
    c = Canvas(96, 96, channels=4, color=(0, 0, 0, 0))
    c.disc(48, 48, 46, (42, 111, 151), soft=1.2)
    c.disc(48, 38, 16, (245, 240, 230), soft=1.2)
    shoulders = Canvas(96, 96, channels=4, color=(0, 0, 0, 0))
    shoulders.disc(48, 92, 30, (245, 240, 230), soft=1.2)
    for y in range(96):
        for x in range(96):
            inside = math.hypot(x + 0.5 - 48, y + 0.5 - 48) <= 45
            r, g, b, a = shoulders.get(x, y)
            if inside and a:
                c.put(x, y, (r, g, b), a / 255)
    return c


def sticky_notes():
    """photo.jpg, 800x534: sticky notes on a meeting-room wall."""
    c = Canvas(800, 534)
    c.rows(lambda x, y: mix((214, 210, 200), (172, 168, 160), (x / 800 + y / 534) / 2))
    palette = [(252, 232, 120), (250, 170, 190), (170, 222, 160), (150, 200, 240)]
    for row in range(3):
        for col in range(5):
            x0 = 60 + col * 140 + (row * 17) % 23
            y0 = 50 + row * 150 + (col * 13) % 19
            c.rect(x0 + 5, y0 + 6, x0 + 115, y0 + 106, (0, 0, 0), alpha=0.18)
            c.rect(x0, y0, x0 + 110, y0 + 100, palette[(row + col) % 4])
            for line in range(3):
                length = 40 + (row * 31 + col * 17 + line * 23) % 55
                c.rect(x0 + 12, y0 + 24 + line * 24, x0 + 12 + length, y0 + 28 + line * 24, (40, 40, 60))
    return c


def whiteboard_upright():
    """The whiteboard as seen (480x640, portrait): red square top left, blue arrow pointing up."""
    c = Canvas(480, 640, color=(120, 120, 124))
    c.rect(16, 16, 464, 624, (248, 248, 244))
    c.rect(40, 40, 100, 100, (210, 40, 40))
    c.rect(220, 220, 260, 520, (30, 80, 200))
    c.triangle((150, 230), (330, 230), (240, 110), (30, 80, 200))
    for line, length in enumerate((300, 220, 260)):
        c.rect(90, 548 + line * 22, 90 + length, 554 + line * 22, (20, 130, 70))
    return c


# ------------------------------------------------------------------------------------------------ encoders

def jpeg(canvas, quality):
    with tempfile.TemporaryDirectory() as work:
        ppm, out = Path(work) / "in.ppm", Path(work) / "out.jpg"
        ppm.write_bytes(canvas.ppm())
        subprocess.run(["java", str(HERE / "EncodeJpeg.java"), str(ppm), str(out), str(quality)], check=True)
        return out.read_bytes()


def exif_app1(orientation, description, make):
    """An APP1 'Exif' segment with IFD0 holding ImageDescription, Make and Orientation (little-endian TIFF)."""
    ascii_tags = [(0x010E, description.encode("ascii") + b"\0"), (0x010F, make.encode("ascii") + b"\0")]
    count = len(ascii_tags) + 1
    data_offset = 8 + 2 + 12 * count + 4
    entries, data = b"", b""
    for tag, value in ascii_tags:
        entries += struct.pack("<HHII", tag, 2, len(value), data_offset + len(data))
        data += value
    entries += struct.pack("<HHIHH", 0x0112, 3, 1, orientation, 0)
    tiff = b"II*\0" + struct.pack("<I", 8) + struct.pack("<H", count) + entries + struct.pack("<I", 0) + data
    payload = b"Exif\0\0" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def with_exif(jpeg_bytes, app1):
    """Replaces the JFIF APP0 segment ImageIO writes with the EXIF one, which must directly follow SOI."""
    assert jpeg_bytes[:2] == b"\xff\xd8"
    rest = jpeg_bytes[2:]
    if rest[:2] == b"\xff\xe0":
        rest = rest[2 + struct.unpack(">H", rest[2:4])[0]:]
    return b"\xff\xd8" + app1 + rest


def pdf(title, pages):
    """A PDF 1.4 file with one Helvetica text page per list of lines."""
    objects = {}
    page_ids = []
    next_id = 4
    for lines in pages:
        stream = "BT /F1 16 Tf 72 760 Td 22 TL\n" + "".join(
            "(%s) '\n" % line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines) + "ET"
        content_id, page_id = next_id, next_id + 1
        next_id += 2
        objects[content_id] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream.encode("latin-1"))
        objects[page_id] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_id)
        page_ids.append(page_id)
    info_id = next_id
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % p for p in page_ids), len(page_ids))
    objects[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    objects[info_id] = b"<< /Title (%s) >>" % title.encode("latin-1")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for number in sorted(objects):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, info_id, xref)
    return bytes(out)


def silent_mp3(seconds=1.0):
    """MPEG-1 Layer III, 32 kbit/s, 44.1 kHz, mono: 104-byte frames of 1152 samples whose side info is zero."""
    frames = math.ceil(seconds * 44100 / 1152)
    return (b"\xff\xfb\x10\xc0" + bytes(100)) * frames


def stub_mp4():
    ftyp = b"ftyp" + b"isom" + struct.pack(">I", 0x200) + b"isomiso2mp41"
    return (struct.pack(">I", 8 + len(ftyp) - 4) + ftyp
            + struct.pack(">I", 8) + b"free" + struct.pack(">I", 8) + b"mdat")


# ---------------------------------------------------------------------------------------------------- main

def main():
    outputs = {
        ATTACHMENTS / "photo.png": round_table().png(),
        ATTACHMENTS / "diagram.png": four_ways_diagram().png(),
        ATTACHMENTS / "chair-avatar.png": chair_avatar().png(),
        ATTACHMENTS / "photo.jpg": jpeg(sticky_notes(), 0.8),
        VAULT / "Réunions" / "whiteboard 2026-03.jpg": with_exif(
            jpeg(whiteboard_upright().rotated_ccw(), 0.8),
            exif_app1(6, EXIF_CANARY + " whiteboard after the March session", "PeerCam")),
        ATTACHMENTS / "report.pdf": pdf("Peer group - annual summary", [[
            "Thursday group: annual summary", "",
            "10 members, 11 sessions, 19 hot seats.",
            "Attendance 86 percent; two members joined, one left.",
            "Next year: a spring retreat and a second group."]]),
        ATTACHMENTS / "slides.pdf": pdf("Pricing question - slides", [
            ["Raising prices without losing the base", "", "Claire, April session"],
            ["Three options", "", "1. Raise list prices 6 percent", "2. New premium tier",
             "3. Hold prices, cut discounts"]]),
        ATTACHMENTS / "voice-memo.mp3": silent_mp3(),
        ATTACHMENTS / "site-visit.mp4": stub_mp4(),
    }
    for path, data in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print("%7d  %s" % (len(data), path.relative_to(HERE.parent)))


if __name__ == "__main__":
    sys.exit(main())
