package org.peersite.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peersite.model.Expect.error;
import static org.peersite.model.Expect.sorted;
import static org.peersite.model.Expect.warning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.model.SiteConfig.Features;
import org.peersite.model.SiteConfig.MenuItem;
import org.peersite.markdown.RawHtml;
import org.peersite.source.ContentLoader;

class SiteConfigParserTest {

    private static final String SITE = "content/site.yaml";

    private final Diagnostics problems = new Diagnostics();

    private SiteConfig parse(String text) {
        return SiteConfigParser.parse(text, SITE, problems);
    }

    @Test
    void readsEverySetting() {
        SiteConfig site = parse("""
                title: "Peer Advantage"
                baseUrl: "https://example.org/peers"
                description: "What leaders gain from their peers."
                language: en-gb
                menu:
                  - {title: "Guides", url: "/guides/"}
                  - {title: "Source", url: "https://github.com/example/peers"}
                features:
                  autolink: off
                  brokenLinks: warning
                  rawHtml: sanitize
                  socialCards: true
                """);

        assertThat(problems).isEmpty();
        assertThat(site).isEqualTo(new SiteConfig("Peer Advantage", "https://example.org/peers/",
                "What leaders gain from their peers.", "en-GB",
                List.of(new MenuItem("Guides", "/guides/"), new MenuItem("Source", "https://github.com/example/peers")),
                new Features(false, false, RawHtml.SANITIZE, List.of(), true)));
        assertThat(site.basePath()).isEqualTo("/peers/");
    }

    @Test
    void theMinimalFileGetsTheDefaults() {
        SiteConfig site = parse("title: Peers\nbaseUrl: https://example.org/\n");

        assertThat(problems).isEmpty();
        assertThat(site.language()).isEqualTo("en");
        assertThat(site.description()).isNull();
        assertThat(site.menu()).isEmpty();
        assertThat(site.features()).isEqualTo(Features.DEFAULTS);
    }

    @Test
    void readsTheBenchmarkCorpusSettingsAsWritten() {
        SiteConfig site = parse("""
                title: "Peer Advantage (benchmark corpus)"
                baseUrl: "https://example.org/"
                language: en
                description: "A generated corpus of 100 pages (seed 1) for build benchmarks."
                menu:
                  - {title: "Interviews", url: "/interviews/"}
                  - {title: "Concepts", url: "/concepts/"}
                """);

        assertThat(problems).isEmpty();
        assertThat(site.menu()).extracting(MenuItem::url).containsExactly("/interviews/", "/concepts/");
    }

    @Test
    void theTitleIsRequiredAndTheBaseUrlIsNot() {
        SiteConfig site = parse("description: Peers.\n");
        SiteConfig noAddress = parse("title: Peers\n");

        assertThat(site).isNull();
        assertThat(problems).satisfiesExactly(
                error(SITE + ":1:1", "site.required", "missing required field 'title'"));
        assertThat(problems.sorted().get(0).hint()).isEqualTo("add it, for example title: \"Peer Advantage\"");
        assertThat(noAddress.hasBaseUrl()).isFalse();
        assertThat(noAddress.basePath()).isEqualTo("/");
        assertThat(noAddress.absolute("/guides/")).isNull();
    }

    @Test
    void theBaseUrlMustBeAnAbsoluteWebAddressWithoutQueryOrFragment() {
        parse("title: Peers\nbaseUrl: /peers/\n");
        parse("title: Peers\nbaseUrl: ftp://example.org/\n");
        parse("title: Peers\nbaseUrl: https://example.org/?x=1\n");

        assertThat(problems).hasSize(3).allSatisfy(error(SITE + ":2:10", "site.value",
                "'baseUrl' must be an absolute http or https URL"));
    }

    @Test
    void theLanguageMustBeABcp47Tag() {
        parse("title: Peers\nbaseUrl: https://example.org/\nlanguage: en_US\n");
        parse("title: Peers\nbaseUrl: https://example.org/\nlanguage: english\n");
        parse("title: Peers\nbaseUrl: https://example.org/\nlanguage: zz\n");

        assertThat(problems).hasSize(3).allSatisfy(error(SITE + ":3:11", "site.value",
                "'language' must be a BCP 47 language tag"));
        assertThat(problems.sorted().get(0).hint()).isEqualTo("BCP 47 joins parts with '-': language: en-US");
    }

    @Test
    void menuEntriesNeedATitleAndASafeUrl() {
        SiteConfig site = parse("""
                title: Peers
                baseUrl: https://example.org/
                menu:
                  - {title: Guides, url: guides/}
                  - {title: Evil, url: "javascript:alert(1)"}
                  - {url: /about/}
                  - {title: Home, url: /}
                """);

        assertThat(site.menu()).containsExactly(new MenuItem("Home", "/"));
        assertThat(problems).satisfiesExactly(
                error(SITE + ":4:26", "site.value", "'menu[1].url' must be a site path such as /guides/"),
                error(SITE + ":5:24", "site.value", "not \"javascript:alert(1)\""),
                error(SITE + ":6:5", "site.required", "missing required field 'menu[3].title'"));
        assertThat(problems.sorted().get(0).hint()).isEqualTo("start site paths with '/': url: \"/guides/\"");
    }

    @Test
    void allowingRawHtmlIsAWarning() {
        SiteConfig site = parse("title: Peers\nbaseUrl: https://example.org/\nfeatures:\n  rawHtml: allow\n");

        assertThat(site.features().rawHtml()).isEqualTo(RawHtml.ALLOW);
        assertThat(problems).singleElement()
                .satisfies(warning(SITE + ":4:12", "site.raw-html", "passed through unsanitised"));
    }

    @Test
    void extraUrlSchemesAreSchemeNamesInAnyCaseAndNeverOnesThatRunCode() {
        SiteConfig site = parse("""
                title: Peers
                baseUrl: https://example.org/
                features:
                  urlSchemes: [IRC, "ftp:", irc, https, javascript, "two words", 42]
                """);

        assertThat(site.features().urlSchemes()).containsExactly("ftp", "irc");
        assertThat(site.features().urlPolicy().allows("IRC://irc.example.org/x")).isTrue();
        assertThat(site.features().urlPolicy().allows("gopher://x")).isFalse();
        assertThat(problems.sorted()).satisfiesExactly(
                error(SITE + ":4:41", "site.value", "'javascript:' URLs cannot be allowed"),
                error(SITE + ":4:53", "site.value", "'features.urlSchemes' holds \"two words\", which is not a URL scheme"),
                error(SITE + ":4:66", "site.type", "'features.urlSchemes[7]' must be text"));
    }

    @Test
    void switchesTakeOnlyTheirWords() {
        SiteConfig site = parse("""
                title: Peers
                baseUrl: https://example.org/
                features:
                  autolink: "yes"
                  brokenLinks: off
                  rawHtml: sanitise
                """);

        assertThat(site.features()).isEqualTo(Features.DEFAULTS);
        assertThat(problems).satisfiesExactly(
                error(SITE + ":4:13", "site.type", "'features.autolink' must be true or false"),
                error(SITE + ":5:16", "site.type",
                        "'features.brokenLinks' must be one of error, warning, but YAML reads off as a true/false value"),
                error(SITE + ":6:12", "site.value", "'features.rawHtml' must be one of escape, sanitize, allow"));
        assertThat(problems.sorted().get(2).hint()).isEqualTo("did you mean 'sanitize'?");
    }

    @Test
    void unknownKeysWarnAndASwitchAtTheTopLevelIsPointedToFeatures() {
        parse("title: Peers\nbaseUrl: https://example.org/\ndescripton: Peers.\nrawHtml: allow\n"
                + "features: {autolinks: false}\n");

        assertThat(problems.sorted()).satisfiesExactly(
                warning(SITE + ":3:1", "site.unknown-field", "unknown field 'descripton'"),
                warning(SITE + ":4:1", "site.unknown-field", "unknown field 'rawHtml'"),
                warning(SITE + ":5:12", "site.unknown-field", "unknown field 'features.autolinks'"));
        assertThat(problems.sorted()).extracting(Diagnostic::hint).containsExactly(
                "did you mean 'description'?",
                "feature switches go under 'features:', for example features: {rawHtml: ...}",
                "did you mean 'autolink'?");
    }

    @Test
    void brokenYamlAndEmptySettingsAreOneErrorEach() {
        assertThat(parse("title: Peers\nbaseUrl: https://example.org/\nmenu: [\n")).isNull();
        assertThat(parse("# nothing yet\n")).isNull();
        assertThat(parse("- title: Peers\n")).isNull();

        assertThat(problems).satisfiesExactly(
                error(SITE + ":1:1", "site.empty", "the site settings are empty"),
                error(SITE + ":1:1", "site.type", "not a list"),
                error(SITE + ":4:1", "site.syntax", "invalid YAML"));
    }

    @Test
    void aMissingFileHasItsOwnDiagnosticWithoutALine() {
        Diagnostic missing = SiteConfigParser.missingFile(SITE);

        assertThat(missing).satisfies(error(SITE, "site.missing", "the site settings file is missing"));
        assertThat(missing.hint()).contains("title:", "baseUrl:");
    }

    @Test
    void aFileOnDiskWithAByteOrderMarkAndWindowsLineEndsKeepsItsPositions(@TempDir Path content) throws IOException {
        Path file = content.resolve("site.yaml");
        Files.writeString(file, "\uFEFFtitle: Peers\r\nbaseUrl: https://example.org/\r\nlanguage: 42\r\n",
                StandardCharsets.UTF_8);
        Diagnostics reading = new Diagnostics();
        String text = ContentLoader.readText(ContentLoader.entry(content, file, "content"), reading);

        SiteConfig site = SiteConfigParser.parse(text, SITE, problems);

        assertThat(site.language()).isEqualTo("en");
        assertThat(problems).singleElement()
                .satisfies(error(SITE + ":3:11", "site.type", "'language' must be text, but YAML reads 42 as a number"));
    }
}
