package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Every page of the real site and of a site using every Markdown feature, checked from outside as a reader's
 * tools would: axe-core (pinned by src/test/npm/package-lock.json) run in headless Chromium, in the light and
 * the dark colour scheme, and the Nu Html Checker over the same files. Both must find nothing; a failure lists
 * every violation with its page and rule.
 */
@Execution(ExecutionMode.CONCURRENT) // the two sites, each with its own browser and folders, side by side
class AccessibilityIT {

    /** Runs axe over the document and returns one line per violation, or an empty string. */
    private static final String RUN_AXE = """
            axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v =>
                v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).slice(0, 6)
                    .join(' | ') + (v.nodes.length > 6 ? ' and ' + (v.nodes.length - 6) + ' more' : '')).join('\\n'))
            """;

    @TempDir
    Path root;

    @Test
    void theRealSiteHasNoAxeViolationsAndValidates() throws Exception {
        Path site = BuiltSites.realSite();
        assertClean(site, "/", "the real site");
    }

    @Test
    void everyMarkdownFeatureHasNoAxeViolationsAndValidates() throws Exception {
        Path site = BuiltSites.markdownSite();
        assertClean(site, BuiltSites.MARKDOWN_SITE_PATH, "the Markdown feature site");
    }

    /** Serves the site at {@code basePath} (the path of its base URL, which its 404 page's links start with). */
    private void assertClean(Path site, String basePath, String name) throws Exception {
        List<String> pages = BuiltSites.pages(site);
        assertThat(pages).contains("/", "/404.html");
        List<String> axe = axe(site, basePath, pages);
        List<String> nu = nu(site, pages);
        System.out.printf("%s: %d pages, %d axe violations, %d Nu messages%n", name, pages.size(), axe.size(), nu.size());
        assertThat(axe).as("axe-core violations on " + name + " (page: rule (impact): help at elements)").isEmpty();
        assertThat(nu).as("Nu Html Checker messages on " + name).isEmpty();
    }

    private List<String> axe(Path site, String basePath, List<String> pages) throws Exception {
        String axeSource = Files.readString(BuiltSites.npm("axe-core/axe.min.js"), StandardCharsets.UTF_8);
        List<String> violations = new ArrayList<>();
        try (StaticServer server = StaticServer.serve(site, basePath);
             Chromium chromium = Chromium.start(Files.createDirectory(root.resolve("profile-" + site.getFileName())))) {
            Chromium.Session tab = chromium.open(server.url());
            tab.await("document.readyState === 'complete'", "the home page");
            for (String page : pages) {
                tab.navigate(server.url().resolve(page.substring(1)));
                tab.evaluate(axeSource);
                for (String scheme : List.of("light", "dark")) {
                    tab.send("Emulation.setEmulatedMedia",
                            "{\"features\":[{\"name\":\"prefers-color-scheme\",\"value\":\"" + scheme + "\"}]}");
                    String found = tab.evaluateString(RUN_AXE);
                    for (String line : found.lines().toList()) {
                        violations.add(page + " [" + scheme + "]: " + line);
                    }
                }
            }
        }
        return violations;
    }

    private static List<String> nu(Path site, List<String> pages) throws IOException, org.xml.sax.SAXException {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> messages = new ArrayList<>();
        for (String page : pages) {
            Path file = site.resolve(page.substring(1) + (page.endsWith("/") ? "index.html" : ""));
            String out = validator.validate(file);
            for (String line : out.lines().filter(l -> !l.isBlank()).toList()) {
                messages.add(page + ": " + line);
            }
        }
        return messages;
    }
}
