package org.peersite.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;

/** SVG: its size from the root element, and a sanitiser that keeps the drawing and nothing that runs or loads. */
class SvgTest {

    private final Images images = Images.builder().build();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private ImageInfo info(String svg) {
        LoadedImage loaded = images.load("d.svg", utf8(svg));
        assertThat(loaded.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        return loaded.image().info();
    }

    @Test
    void theSizeComesFromPixelsOrUnitlessValuesElseFromTheViewBox() {
        String ns = "xmlns='http://www.w3.org/2000/svg'";
        assertThat(size("<svg " + ns + " width='120' height='80'/>")).containsExactly(120, 80);
        assertThat(size("<svg " + ns + " width='120px' height=' 80.4px '/>")).containsExactly(120, 80);
        assertThat(size("<svg " + ns + " width='10cm' height='5cm' viewBox='0 0 400 200'/>")).containsExactly(400, 200);
        assertThat(size("<svg " + ns + " width='100%' viewBox='0,0,300,150'/>")).containsExactly(300, 150);
        assertThat(size("<svg " + ns + " width='600' viewBox='0 0 300 150'/>")).containsExactly(600, 300);
        assertThat(size("<svg " + ns + " height='50' viewBox='0 0 300 150'/>")).containsExactly(100, 50);
        assertThat(size("<?xml version='1.0'?>\n<!-- drawn by hand -->\n<svg " + ns + " viewBox='0 0 24 24'/>"))
                .containsExactly(24, 24);
    }

    private int[] size(String svg) {
        ImageInfo info = info(svg);
        return new int[] {info.width(), info.height()};
    }

    @Test
    void anSvgWithoutAnySizeIsAWarningAndAnXmlFileThatIsNotSvgAnError() {
        LoadedImage sizeless = images.load("content/d.svg", utf8("<svg xmlns='http://www.w3.org/2000/svg' width='2em'/>"));
        assertThat(sizeless.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.toString()).startsWith("content/d.svg: warning[image.svg-size]");
            assertThat(d.hint()).contains("viewBox");
        });
        assertThat(images.plan(sizeless.image()).largest().width()).isZero();
        LoadedImage html = images.load("content/d.svg", utf8("<html><body>hello</body></html>"));
        assertThat(html.diagnostics()).singleElement().extracting(Diagnostic::code).isEqualTo("image.unknown-format");
        LoadedImage broken = images.load("content/d.svg", utf8("<svg xmlns='http://www.w3.org/2000/svg'"));
        assertThat(broken.diagnostics()).singleElement().extracting(Diagnostic::code).isEqualTo("image.svg-invalid");
    }

    @Test
    void malformedTextIsOneDiagnosticAndNothingOnStandardError() {
        java.io.PrintStream standardError = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        LoadedImage loaded;
        System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            loaded = images.load("content/d.svg", new byte[] {'<', 's', 'v', 'g', (byte) 0xC3, 0x28, '/', '>'});
        } finally {
            System.setErr(standardError);
        }
        assertThat(loaded.diagnostics()).singleElement().extracting(Diagnostic::code).isEqualTo("image.svg-invalid");
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
        byte[] utf16 = "<svg xmlns='http://www.w3.org/2000/svg' width='3' height='4'/>".getBytes(StandardCharsets.UTF_16);
        assertThat(utf16).startsWith(0xFE, 0xFF);
        assertThat(images.load("u.svg", utf16).image().info().width()).isEqualTo(3);
    }

    @Test
    void theDrawingIsKeptAndWrittenAsWellFormedSvg() throws Exception {
        String svg = """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 100 50"
                     inkscape:export-filename="/home/someone/private/diagram.png">
                  <title>Four ways &amp; more</title>
                  <metadata><rdf>author</rdf></metadata>
                  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
                  <style>.a { fill: url(#g); } .b > .c { stroke: red }</style>
                  <!-- a comment -->
                  <g class="a"><rect width="10" height="10" fill="url(#g)"/><use xlink:href="#g"/></g>
                  <text x="1" y="2" xml:space="preserve">a &lt; b "quoted"</text>
                  <a href="https://example.org/x?a=1&amp;b=2"><circle r="3"/></a>
                  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
                </svg>
                """;
        ImageFiles files = render(svg);
        assertThat(files.diagnostics()).isEmpty();
        String out = new String(files.files().get(0).bytes(), StandardCharsets.UTF_8);
        assertThat(out).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 100 50\">")
                .contains("<title>Four ways &amp; more</title>", "<stop offset=\"0\" stop-color=\"#fff\"/>",
                        ".b &gt; .c { stroke: red }", "<use xlink:href=\"#g\"/>", "xml:space=\"preserve\"",
                        "a &lt; b \"quoted\"", "href=\"https://example.org/x?a=1&amp;b=2\"",
                        "href=\"data:image/png;base64,iVBORw0KGgo=\"")
                .doesNotContain("inkscape", "/home/someone", "metadata", "author", "comment");
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        assertThat(xml.newDocumentBuilder().parse(new ByteArrayInputStream(utf8(out))).getDocumentElement().getNamespaceURI())
                .isEqualTo(Svg.SVG_NS);
    }

    @Test
    void scriptsHandlersForeignObjectsAndOutsideReferencesAreRemovedAndNamed() {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"
                     onload="alert(1)">
                  <script>alert('script')</script>
                  <script xlink:href="https://evil.example/x.js"/>
                  <foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example"/></body></foreignObject>
                  <a href=" java&#x0A;script:alert(2)"><rect width="1" height="1" onclick="alert(3)" ONMOUSEOVER="x()"/></a>
                  <a xlink:href="vbscript:msgbox"><circle r="1"/></a>
                  <image href="https://tracker.example/pixel.png"/>
                  <image xlink:href="data:image/svg+xml;base64,PHN2Zz4="/>
                  <use href="other.svg#icon"/>
                  <rect fill="url(https://evil.example/p.svg#x)" width="2" height="2"/>
                  <rect style="background: url('https://evil.example/t.png')"/>
                  <style>@import url(https://evil.example/a.css);</style>
                  <animate attributeName="href" to="javascript:alert(4)"/>
                  <set attributeName="onmouseover" to="alert(5)"/>
                  <circle r="5" fill="red"/>
                </svg>
                """;
        ImageFiles files = render(svg);
        String out = new String(files.files().get(0).bytes(), StandardCharsets.UTF_8);
        assertThat(out).contains("<circle r=\"5\" fill=\"red\"/>", "<rect width=\"1\" height=\"1\"/>")
                .doesNotContainIgnoringCase("script").doesNotContain("alert", "evil", "tracker", "iframe", "onload",
                        "other.svg", "svg+xml", "@import", "animate", "<set", "msgbox");
        // Named when the SVG is loaded, so a build that reuses the cleaned copy says it too; not again when written.
        assertThat(files.diagnostics()).isEmpty();
        assertThat(images.load("d.svg", utf8(svg)).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.code()).isEqualTo("image.svg-sanitized");
            assertThat(d.message()).contains("<script>", "<foreignObject>", "<animate>", "<set>", "onload (an event handler)",
                    "a link to javascript:", "an outside reference in <image>", "a style sheet with @import");
            assertThat(d.hint()).contains("rawHtml: allow");
        });
    }

    @Test
    void externalEntitiesAndEntityExpansionAreRefusedNeverResolved(@TempDir Path folder) throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xxe = "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY x SYSTEM '" + secret.toUri() + "'>]>"
                + "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'><text>&x;</text></svg>";
        LoadedImage loaded = images.load("x.svg", utf8(xxe));
        assertThat(loaded.usable()).isEmpty();
        assertThat(loaded.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("image.svg-invalid");
            assertThat(d.toString()).doesNotContain("TOP-SECRET-CONTENT");
        });
        StringBuilder laughs = new StringBuilder("<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY a0 'lol'>");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY a").append(i).append(" '").append(("&a" + (i - 1) + ";").repeat(10)).append("'>");
        }
        laughs.append("]><svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'><text>&a9;</text></svg>");
        byte[] bomb = utf8(laughs.toString());
        LoadedImage bombLoaded = images.load("b.svg", bomb);
        assertThat(bombLoaded.usable()).isEmpty();
        assertThat(bombLoaded.diagnostics()).singleElement().extracting(Diagnostic::code).isEqualTo("image.svg-invalid");
    }

    @Test
    void aSiteThatAllowsRawHtmlPublishesItsSvgsAsTheyAre() {
        byte[] svg = utf8("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'><script>go()</script></svg>");
        Images raw = Images.builder().sanitizeSvg(false).build();
        LoadedImage loaded = raw.load("r.svg", svg);
        assertThat(loaded.diagnostics()).as("nothing is taken out, so nothing is named").isEmpty();
        ImageFiles files = raw.render(loaded.image(), svg);
        assertThat(files.files().get(0).bytes()).isEqualTo(svg);
        assertThat(files.diagnostics()).isEmpty();
        assertThat(files.files().get(0).variant().fileName()).isNotEqualTo(
                images.plan(images.load("r.svg", svg).image()).largest().fileName());
    }

    private ImageFiles render(String svg) {
        byte[] bytes = utf8(svg);
        return images.render(images.load("d.svg", bytes).image(), bytes);
    }
}
