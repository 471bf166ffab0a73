package org.peersite.outside;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The GitHub Pages workflows, read as YAML: this repository's runs exactly the commands docs/deploy.md documents
 * under "This repository's workflow", builds on pushes and checks pull requests, keeps Maven's repository and
 * peersite's cache between runs, and publishes site-output/; the starter site's (peersite init, the archetype)
 * does the same through Maven with the commands README.md gives for a new site ({@link OutsidePathIT} runs them).
 */
class DeployWorkflowTest {

    private static final Path REPOSITORY = Path.of("../..");
    private static final Path WORKFLOW = REPOSITORY.resolve(".github/workflows/pages.yml");
    private static final Path STARTER_WORKFLOW = REPOSITORY.resolve(
            "generator/archetype/src/main/resources/archetype-resources/.github/workflows/pages.yml");

    @Test
    void theWorkflowRunsTheCommandsTheDocsDocument() throws IOException {
        Set<String> documented = new LinkedHashSet<>(Markdown.commandsOfBlockAfter(
                Files.readString(REPOSITORY.resolve("docs/deploy.md")), "## This repository's workflow"));
        assertThat(documented).hasSizeGreaterThanOrEqualTo(3);
        assertThat(new LinkedHashSet<>(runCommands(load(WORKFLOW)))).isEqualTo(documented);
    }

    @Test
    void pushesBuildAndPublishAndPullRequestsOnlyCheck() throws IOException {
        Map<String, Object> workflow = load(WORKFLOW);
        assertPagesWorkflow(workflow);
        Map<String, Object> jobs = map(workflow, "jobs");
        assertThat(runCommands(map(jobs, "check"))).last().asString().endsWith("check --format github");
        assertThat(runCommands(map(jobs, "build"))).singleElement().asString().startsWith("mvn -B package");
    }

    @Test
    void theStarterSitesWorkflowBuildsWithMavenAndIsDocumented() throws IOException {
        Map<String, Object> workflow = load(STARTER_WORKFLOW);
        assertPagesWorkflow(workflow);
        Map<String, Object> jobs = map(workflow, "jobs");
        assertThat(runCommands(map(jobs, "check"))).containsExactly("mvn -B verify -Dpeersite.format=github");
        assertThat(runCommands(map(jobs, "build"))).containsExactly("mvn -B package");
        assertThat(Markdown.commandsOfBlockAfter(readme(), "## With Maven")).contains("cd my-site && mvn package",
                "mvn verify");
    }

    /** What both workflows must do: Java 17 with Maven's cache, peersite's cache kept, site-output/ published. */
    @SuppressWarnings("unchecked")
    private static void assertPagesWorkflow(Map<String, Object> workflow) {
        // YAML 1.1 reads the key 'on' as true; GitHub reads it as "on". Either way it is the trigger.
        Map<String, Object> on = (Map<String, Object>) (workflow.containsKey("on") ? workflow.get("on")
                : workflow.get(Boolean.TRUE));
        assertThat(on).containsKeys("push", "pull_request");
        assertThat(map(on, "push").get("branches")).isEqualTo(List.of("main"));

        Map<String, Object> jobs = map(workflow, "jobs");
        assertThat(jobs).containsOnlyKeys("check", "build", "deploy");
        assertThat(map(jobs, "check").get("if")).isEqualTo("github.event_name == 'pull_request'");
        assertThat(map(jobs, "build").get("if")).isEqualTo("github.event_name != 'pull_request'");

        for (String job : List.of("check", "build")) {
            Map<String, Object> setupJava = step(map(jobs, job), "actions/setup-java@");
            assertThat(map(setupJava, "with")).containsEntry("java-version", "17").containsEntry("cache", "maven");
            assertThat(step(map(jobs, job), "actions/checkout@")).isNotNull();
        }
        Map<String, Object> cache = step(map(jobs, "build"), "actions/cache@");
        assertThat(map(cache, "with")).containsEntry("path", "target/peersite-cache");
        assertThat((String) map(cache, "with").get("key")).contains("${{ github.sha }}");
        assertThat(map(step(map(jobs, "build"), "actions/upload-pages-artifact@"), "with"))
                .containsEntry("path", "site-output");

        Map<String, Object> deploy = map(jobs, "deploy");
        assertThat(deploy.get("needs")).isEqualTo("build");
        assertThat(map(deploy, "permissions")).containsEntry("pages", "write").containsEntry("id-token", "write");
        assertThat(step(deploy, "actions/deploy-pages@")).isNotNull();
        assertThat(map(workflow, "permissions")).containsEntry("contents", "read");
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String readme() throws IOException {
        return Files.readString(REPOSITORY.resolve("README.md"));
    }

    static Map<String, Object> load(Path file) throws IOException {
        return new Yaml().load(Files.readString(file));
    }

    /** Every command a workflow (or one job) runs, in order, a multi-line {@code run} split into its lines. */
    @SuppressWarnings("unchecked")
    static List<String> runCommands(Map<String, Object> workflowOrJob) {
        List<Map<String, Object>> jobs = workflowOrJob.containsKey("jobs")
                ? ((Map<String, Map<String, Object>>) workflowOrJob.get("jobs")).values().stream().toList()
                : List.of(workflowOrJob);
        List<String> commands = new ArrayList<>();
        for (Map<String, Object> job : jobs) {
            for (Map<String, Object> step : (List<Map<String, Object>>) job.get("steps")) {
                if (step.get("run") != null) {
                    ((String) step.get("run")).lines().map(String::strip).filter(l -> !l.isEmpty())
                            .forEach(commands::add);
                }
            }
        }
        return commands;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> step(Map<String, Object> job, String usesPrefix) {
        for (Map<String, Object> step : (List<Map<String, Object>>) job.get("steps")) {
            if (step.get("uses") instanceof String uses && uses.startsWith(usesPrefix)) {
                return step;
            }
        }
        throw new AssertionError("no step uses " + usesPrefix);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
