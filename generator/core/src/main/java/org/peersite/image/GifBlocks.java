package org.peersite.image;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A GIF's block list, walked without decompressing anything (each block says how long it is): the first frame's
 * rectangle, the frame count, and a copy without the blocks that carry text or metadata (comments, and every
 * application extension but the two that make an animation loop).
 */
final class GifBlocks {

    private static final int EXTENSION = 0x21;
    private static final int IMAGE = 0x2C;
    private static final int TRAILER = 0x3B;
    private static final int COMMENT_LABEL = 0xFE;
    private static final int APPLICATION_LABEL = 0xFF;

    /** Where a frame sits on the logical screen. */
    record Frame(int left, int top, int width, int height) {
    }

    /** One block: its introducer, its extension label (or 0) and where its bytes are. */
    private record Block(int introducer, int label, long start, long end) {
    }

    private GifBlocks() {
    }

    static Frame firstFrame(Header h) throws ImageProblem {
        for (Block block : blocks(h, 1)) {
            if (block.introducer == IMAGE) {
                return new Frame(h.u16le(block.start + 1), h.u16le(block.start + 3), h.u16le(block.start + 5),
                        h.u16le(block.start + 7));
            }
        }
        throw ImageProblem.corrupt("GIF", "it holds no image");
    }

    /** The frames counted up to {@code enough}, so that a long animation is not walked to its end to say "more than one". */
    static int countFrames(Header h, int enough) throws ImageProblem {
        return (int) blocks(h, enough).stream().filter(b -> b.introducer == IMAGE).count();
    }

    /** The same GIF without comments and foreign application blocks (XMP, ICC profiles, editors' data). */
    static byte[] strip(byte[] bytes) throws ImageProblem {
        Header h = new Header(bytes, "GIF");
        List<Block> blocks = blocks(h, Integer.MAX_VALUE);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, (int) screenEnd(h));
        for (Block block : blocks) {
            if (keep(h, block)) {
                out.write(bytes, (int) block.start, (int) (block.end - block.start));
            }
        }
        return out.toByteArray();
    }

    private static boolean keep(Header h, Block block) throws ImageProblem {
        if (block.introducer != EXTENSION) {
            return true;
        }
        if (block.label == COMMENT_LABEL) {
            return false;
        }
        if (block.label == APPLICATION_LABEL) {
            String application = h.u8(block.start + 2) == 11 ? h.ascii(block.start + 3, 11) : "";
            return application.equals("NETSCAPE2.0") || application.equals("ANIMEXTS1.0");
        }
        return true;
    }

    /** Header, logical screen descriptor and global colour table. */
    private static long screenEnd(Header h) throws ImageProblem {
        int flags = h.u8(10);
        return 13 + ((flags & 0x80) != 0 ? 3L * (2 << (flags & 7)) : 0);
    }

    /** The blocks up to the trailer, or until {@code maxFrames} image blocks are read. */
    private static List<Block> blocks(Header h, int maxFrames) throws ImageProblem {
        List<Block> blocks = new ArrayList<>();
        int frames = 0;
        long at = screenEnd(h);
        while (frames < maxFrames) {
            int introducer = h.u8(at);
            long start = at;
            if (introducer == TRAILER) {
                blocks.add(new Block(TRAILER, 0, start, start + 1));
                break;
            }
            if (introducer == EXTENSION) {
                int label = h.u8(at + 1);
                at = skipSubBlocks(h, at + 2);
                blocks.add(new Block(EXTENSION, label, start, at));
            } else if (introducer == IMAGE) {
                int flags = h.u8(at + 9);
                at += 10 + ((flags & 0x80) != 0 ? 3L * (2 << (flags & 7)) : 0);
                h.u8(at); // the LZW code size
                at = skipSubBlocks(h, at + 1);
                blocks.add(new Block(IMAGE, 0, start, at));
                frames++;
            } else {
                throw ImageProblem.corrupt("GIF", "an unknown block 0x" + Integer.toHexString(introducer)
                        + " at byte " + at);
            }
        }
        return blocks;
    }

    /** Past a chain of data sub-blocks (a length byte, that many bytes, ... a zero length). */
    private static long skipSubBlocks(Header h, long at) throws ImageProblem {
        int size;
        while ((size = h.u8(at)) != 0) {
            at += 1 + size;
        }
        return at + 1;
    }
}
