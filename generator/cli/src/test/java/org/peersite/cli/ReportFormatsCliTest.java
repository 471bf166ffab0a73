package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code --format} on {@code build} and {@code check}, on a site with one error and one warning: what goes to
 * which stream, and that each document is what its schema says (SARIF 2.1.0's, bundled with core's tests;
 * peersite's own, in docs/).
 */
class ReportFormatsCliTest {

    private static final Path SARIF_SCHEMA = Path.of("../core/src/test/resources/schemas/sarif-2.1.0.json");
    private static final Path PEERSITE_SCHEMA = Path.of("../../docs/diagnostics-json.schema.json");

    @TempDir
    Path root;

    private FixtureSite brokenSite() {
        return FixtureSite.good(root).write("content/concepts/lonely.md", """
                ---
                title: Lonely
                summary: "Nobody links here."
                titel: typo
                ---

                See [[nowhere]].
                """);
    }

    @Test
    void githubPrintsOneWorkflowCommandPerProblemOnStandardOutput() {
        FixtureSite site = brokenSite();
        Cli cli = Cli.run(site.args("check", "--format", "github"));

        assertThat(cli.exit()).isEqualTo(1);
        // File names are as diagnostics show them: here absolute, since the tests run outside the site.
        String lonely = site.content.resolve("concepts/lonely.md").toString();
        List<String> commands = cli.out().lines().filter(l -> l.startsWith("::")).toList();
        assertThat(commands).hasSize(3).contains("::error file=" + lonely + ",line=7,col=5,"
                + "title=error[link.unresolved]::no page is called 'nowhere' (in [[nowhere]])"
                + "%0Ahint: link to a page by its slug, title or alias, e.g. [[accelerate]]");
        assertThat(commands).anySatisfy(c -> assertThat(c).startsWith(
                "::warning file=" + lonely + ",line=4,col=1,title=warning[front-matter.unknown-field]::"));
        assertThat(cli.out()).contains("peersite: failed: ");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void sarifIsTheOnlyThingOnStandardOutputAndValidAgainstTheSchema() throws Exception {
        Cli cli = Cli.run(brokenSite().args("check", "--format", "sarif"));

        assertThat(cli.exit()).isEqualTo(1);
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(Files.readString(SARIF_SCHEMA), InputFormat.JSON);
        assertThat(schema.validate(cli.out(), InputFormat.JSON)).isEmpty();
        JsonNode results = new ObjectMapper().readTree(cli.out()).get("runs").get(0).get("results");
        assertThat(results).hasSizeGreaterThanOrEqualTo(2);
        assertThat(cli.err()).startsWith("peersite: failed: ");
    }

    @Test
    void jsonIsTheOnlyThingOnStandardOutputAndValidAgainstTheDocumentedSchema() throws Exception {
        FixtureSite site = brokenSite();
        Cli cli = Cli.run(site.args("build", "--format", "json"));

        assertThat(cli.exit()).isEqualTo(1);
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(PEERSITE_SCHEMA), InputFormat.JSON);
        assertThat(schema.validate(cli.out(), InputFormat.JSON)).isEmpty();
        JsonNode root = new ObjectMapper().readTree(cli.out());
        assertThat(root.get("summary").get("errors").asInt()).isEqualTo(1);
        assertThat(root.get("diagnostics").get(0).get("file").asString())
                .isEqualTo(site.content.resolve("concepts/lonely.md").toString());
        assertThat(cli.err()).startsWith("peersite: failed: ");
        assertThat(site.output).doesNotExist();
    }

    @Test
    void aSuccessfulBuildPrintsTheSiteDigestAfterTheSummary() {
        FixtureSite site = FixtureSite.good(root);
        Cli cli = Cli.run(site.args("build"));

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.out().lines().toList()).hasSize(2);
        assertThat(cli.out().lines().toList().get(1)).matches("peersite: site digest sha256:[0-9a-f]{64}");
        assertThat(Cli.run(site.args("build", "--format", "sarif")).err()).contains("peersite: site digest sha256:");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli cli = Cli.run(FixtureSite.good(root).args("check", "--format", "xml"));
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("'xml' is not a report format; use one of text, github, json, sarif");
    }
}
