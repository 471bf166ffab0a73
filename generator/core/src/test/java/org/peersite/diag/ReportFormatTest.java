package org.peersite.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Each report format against its specification: SARIF 2.1.0 logs validate against the OASIS schema, JSON
 * reports against peersite's documented schema, and GitHub workflow commands parse back, by the runner's
 * escaping rules, into exactly the file, position, title and message they were made from.
 */
class ReportFormatTest {

    private static final Tool TOOL = Tool.peersite("9.8.7-test");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Problems with everything that needs escaping somewhere: %, CR, LF, ':' and ',' in names and messages. */
    static final List<Diagnostic> TRICKY = List.of(
            Diagnostic.error("link.unresolved", Position.of("content/concepts/trust.md", 6, 31),
                            "no page is called 'confidentialty' (in [[confidentialty]])")
                    .withHint("did you mean [[confidentiality]]?")
                    .withSourceLine("Trust grows when members keep [[confidentialty]] and show up."),
            Diagnostic.warning("front-matter.unknown-field", Position.of("content/odd, name: 100%.md", 3, 1),
                    "unknown field 'titel': 50% of\r\nthe time, a typo").withHint("did you mean 'title'?\nor 'tile'"),
            Diagnostic.error("site.missing", Position.of("content/site.yaml"), "the site settings file is missing"),
            Diagnostic.error("guide.agenda-total", Position.of("content/guides/naïve café.md", 5, 0),
                    "agenda adds up to 75 minutes but 'duration' is 90"));

    @Test
    void sarifIsValidAgainstTheSarif210Schema() throws Exception {
        String log = ReportFormat.SARIF.render(TRICKY, TOOL);

        assertThat(JsonSchemas.sarifProblems(log)).isEmpty();
        JsonNode root = JSON.readTree(log);
        assertThat(root.get("version").asString()).isEqualTo("2.1.0");
        JsonNode run = root.get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("name").asString()).isEqualTo("peersite");
        assertThat(run.get("tool").get("driver").get("version").asString()).isEqualTo("9.8.7-test");
        JsonNode results = run.get("results");
        assertThat(results).hasSize(TRICKY.size());
        JsonNode first = results.get(0);
        assertThat(first.get("level").asString()).isEqualTo("error");
        assertThat(first.get("ruleId").asString()).isEqualTo("link.unresolved");
        assertThat(run.get("tool").get("driver").get("rules").get(first.get("ruleIndex").asInt()).get("id").asString())
                .isEqualTo("link.unresolved");
        JsonNode location = first.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asString()).isEqualTo("content/concepts/trust.md");
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(6);
        assertThat(location.get("region").get("startColumn").asInt()).isEqualTo(31);
        assertThat(first.get("message").get("text").asString())
                .isEqualTo("no page is called 'confidentialty' (in [[confidentialty]])\nhint: did you mean [[confidentiality]]?");
        // A file name with spaces and a comma is a URI reference; the whole-file problem has no region.
        assertThat(results.get(1).get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri")
                .asString()).isEqualTo("content/odd%2C%20name%3A%20100%25.md");
        assertThat(results.get(1).get("level").asString()).isEqualTo("warning");
        assertThat(results.get(2).get("locations").get(0).get("physicalLocation").has("region")).isFalse();
        assertThat(results.get(3).get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri")
                .asString()).isEqualTo("content/guides/na%C3%AFve%20caf%C3%A9.md");
    }

    @Test
    void aSarifLogThatBreaksTheSchemaIsCaught() {
        // The validator is real: a result with an unknown level fails, so a passing test means something.
        String broken = ReportFormat.SARIF.render(TRICKY, TOOL).replace("\"level\": \"warning\"", "\"level\": \"severe\"");
        assertThat(JsonSchemas.sarifProblems(broken)).isNotEmpty();
    }

    @Test
    void jsonIsValidAgainstTheDocumentedSchemaAndCarriesEveryField() throws Exception {
        String report = ReportFormat.JSON.render(TRICKY, TOOL);

        assertThat(JsonSchemas.peersiteProblems(report)).isEmpty();
        JsonNode root = JSON.readTree(report);
        assertThat(root.get("format").asString()).isEqualTo(JsonReport.FORMAT);
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.get("summary").get("errors").asInt()).isEqualTo(3);
        assertThat(root.get("summary").get("warnings").asInt()).isEqualTo(1);
        JsonNode warning = root.get("diagnostics").get(1);
        assertThat(warning.get("file").asString()).isEqualTo("content/odd, name: 100%.md");
        assertThat(warning.get("message").asString()).isEqualTo("unknown field 'titel': 50% of\r\nthe time, a typo");
        assertThat(warning.get("hint").asString()).isEqualTo("did you mean 'title'?\nor 'tile'");
        assertThat(warning.get("line").asInt()).isEqualTo(3);
        assertThat(warning.get("text").asString()).isEqualTo(DiagnosticFormatter.format(TRICKY.get(1)));
        JsonNode wholeFile = root.get("diagnostics").get(2);
        assertThat(wholeFile.get("line").isNull()).isTrue();
        assertThat(wholeFile.get("column").isNull()).isTrue();
        assertThat(wholeFile.get("hint").isNull()).isTrue();
        assertThat(root.get("diagnostics").get(3).get("column").isNull()).isTrue();
    }

    @Test
    void aJsonReportThatBreaksTheDocumentedSchemaIsCaught() {
        String broken = ReportFormat.JSON.render(TRICKY, TOOL).replace("\"version\": 1", "\"version\": 2");
        assertThat(JsonSchemas.peersiteProblems(broken)).isNotEmpty();
    }

    @Test
    void githubCommandsAreOneLineEachAndParseBackToTheDiagnostic() {
        String commands = ReportFormat.GITHUB.render(TRICKY, TOOL);

        List<String> lines = commands.lines().toList();
        assertThat(lines).hasSize(TRICKY.size());
        assertThat(commands).endsWith("\n").doesNotContain("\r");
        for (int i = 0; i < TRICKY.size(); i++) {
            Diagnostic d = TRICKY.get(i);
            Command parsed = Command.parse(lines.get(i));
            assertThat(parsed.name()).isEqualTo(d.isError() ? "error" : "warning");
            assertThat(parsed.properties().get("file")).isEqualTo(d.position().file());
            assertThat(parsed.properties().get("title")).isEqualTo(d.severity().label() + "[" + d.code() + "]");
            String expectedMessage = d.hint() == null ? d.message() : d.message() + "\nhint: " + d.hint();
            assertThat(parsed.message()).isEqualTo(expectedMessage);
            assertThat(parsed.properties().get("line"))
                    .isEqualTo(d.position().line() > 0 ? Integer.toString(d.position().line()) : null);
            assertThat(parsed.properties().get("col"))
                    .isEqualTo(d.position().column() > 0 ? Integer.toString(d.position().column()) : null);
        }
        assertThat(lines.get(0)).isEqualTo("::error file=content/concepts/trust.md,line=6,col=31,"
                + "title=error[link.unresolved]::no page is called 'confidentialty' (in [[confidentialty]])"
                + "%0Ahint: did you mean [[confidentiality]]?");
        assertThat(lines.get(1)).startsWith("::warning file=content/odd%2C name%3A 100%25.md,line=3,col=1,");
    }

    /**
     * A workflow command as the Actions runner reads one: {@code ::name key=value,key=value::message}, where
     * the properties are split at ',' and '=' before unescaping, and the message is unescaped after.
     */
    record Command(String name, Map<String, String> properties, String message) {

        private static final Pattern LINE = Pattern.compile("^::([a-z-]+)(?: ([^:]*))?::(.*)$");

        static Command parse(String line) {
            Matcher m = LINE.matcher(line);
            assertThat(m.matches()).as("a workflow command: %s", line).isTrue();
            Map<String, String> properties = new LinkedHashMap<>();
            List<String> keys = new ArrayList<>();
            if (m.group(2) != null) {
                for (String pair : m.group(2).split(",")) {
                    int eq = pair.indexOf('=');
                    assertThat(eq).as("key=value in %s", pair).isPositive();
                    keys.add(pair.substring(0, eq));
                    properties.put(pair.substring(0, eq), unescapeProperty(pair.substring(eq + 1)));
                }
            }
            assertThat(keys).doesNotHaveDuplicates();
            return new Command(m.group(1), properties, unescapeData(m.group(3)));
        }

        static String unescapeData(String s) {
            return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
        }

        static String unescapeProperty(String s) {
            return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
                    .replace("%25", "%");
        }
    }
}
