package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Severity;

/**
 * The theme's interface words come from {@code templates/i18n/<language>.yaml}, picked by {@code language} in
 * site.yaml, with English built in: a German site reads German throughout, its dates in German whatever the
 * machine's locale (the tests run under tr_TR), an unknown language falls back to English with one warning,
 * and a missing word is a diagnostic, never a blank.
 */
class LanguagesTest {

    /** English interface words that must not be left on a German page (words German spells the same are not here). */
    private static final List<String> ENGLISH = List.of("Skip to content", "min read", "On this page", "Linked from",
            "Related", "All tags", "Concept map", "Atom feed", "Made with peersite", "Where this concept appears",
            "Agenda", "Activity", "Takes", "Total", "Published in", "Also called", "at a glance", "Tagged", "Updated",
            "Guides", "Concepts", "Frameworks", "Home", "Explore", "Latest", "Nothing here yet", "Go to the home page");

    @TempDir
    Path root;

    private BuildResult build(String language, String extra) {
        TestSite.write(root, KindsSite.SPEC.replace("description: Notes on what leaders gain from their peers.\n",
                "description: Notizen.\nlanguage: " + language + "\n") + extra);
        if (!Files.exists(root.resolve("theme"))) {
            try {
                TestSite.copyTree(TestSite.REAL_THEME, root.resolve("theme"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return TestSite.generator(root).templates(root.resolve("theme")).build().generate();
    }

    private Document page(String path) {
        return TestSite.html(root, path);
    }

    @Test
    void aGermanSiteShowsGermanWordsAndGermanDatesWhateverTheMachinesLocale() throws IOException {
        BuildResult result = build("de", "");
        assertThat(result.diagnostics()).as(result.report()).filteredOn(d -> d.code().startsWith("i18n")).isEmpty();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();

        Document interview = page("interviews/ada/");
        assertThat(interview.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(interview.select(".skip-link").text()).isEqualTo("Zum Inhalt springen");
        assertThat(interview.select(".page-meta").text())
                .contains("1. Mai 2024", "Aktualisiert am 10. Juni 2024", "Min. Lesezeit");
        assertThat(interview.select(".facts").text()).contains("Original");

        Document guide = page("guides/meeting/");
        assertThat(guide.select(".facts").text()).contains("Für", "new chairs", "Dauer", "1 Std. 30 Min.");
        assertThat(guide.select("table.agenda caption").text()).isEqualTo("Ablauf (1 Std. 30 Min. insgesamt)");
        assertThat(guide.select(".breadcrumbs a").eachText()).containsExactly("Startseite", "Leitfäden");

        assertThat(page("guides/").select(".item-facts").text()).isEqualTo("1 Std. 30 Min., für new chairs");
        assertThat(page("guides/").selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("1 Leitfaden auf Peer Notes: Meeting.");
        assertThat(page("tags/leadership/").select("h1").text()).isEqualTo("Schlagwort „leadership“");
        assertThat(page("concepts/accelerate/").select("#ps-appears").text()).isEqualTo("Wo dieser Begriff vorkommt");
        // The words of search results and previews: one file the script fetches, not attributes of every page.
        assertThat(Files.readString(root.resolve("site-output/search/words.json"), StandardCharsets.UTF_8))
                .isEqualTo("{\"none\":\"Keine Ergebnisse für „{query}“\",\"kinds\":{\"interview\":\"Interview\","
                        + "\"framework\":\"Modell\",\"guide\":\"Leitfaden\",\"concept\":\"Begriff\",\"page\":\"Seite\"}}");
        assertThat(guide.select("#site-search").attr("data-scroll-hint")).isEqualTo("seitlich scrollen →");
        assertThat(page("frameworks/").select(".item-facts").text()).isEqualTo("2 Stufen");
        assertThat(Files.readString(root.resolve("site-output/feed.xml"))).contains("label=\"Leitfaden\"");

        try (Stream<Path> walk = Files.walk(root.resolve("site-output"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                String text = Jsoup.parse(file.toFile(), "UTF-8").body().text();
                for (String english : ENGLISH) {
                    assertThat(text).as(file + " still says '" + english + "'").doesNotContain(english);
                }
            }
        }
    }

    @Test
    void theLinkBesideABodysHeadingIsNamedInTheSitesLanguageAndFollowsItsWordsFile() throws IOException {
        build("de", "");
        Path cache = root.resolve("cache");
        assertThat(generate(cache).hasErrors()).isFalse();
        // Its name is an attribute, which the page's text above does not show.
        String beside = "a.heading-anchor[href=\"#before-the-meeting\"]";
        assertThat(page("guides/meeting/").select(beside).attr("aria-label")).isEqualTo("Link zu diesem Abschnitt");

        // The words are the theme's: a cached build after they changed names the link anew.
        Path german = root.resolve("theme/i18n/de.yaml");
        Files.writeString(german, Files.readString(german, StandardCharsets.UTF_8)
                .replace("\"Link zu diesem Abschnitt\"", "\"Direkter Link zu diesem Abschnitt\""), StandardCharsets.UTF_8);
        BuildResult cached = generate(cache);

        assertThat(cached.diagnostics()).as(cached.report()).filteredOn(d -> d.code().startsWith("i18n")).isEmpty();
        assertThat(page("guides/meeting/").select(beside).attr("aria-label"))
                .isEqualTo("Direkter Link zu diesem Abschnitt");
    }

    private BuildResult generate(Path cache) {
        return TestSite.generator(root).templates(root.resolve("theme")).cache(cache).build().generate();
    }

    @Test
    void aLanguageWithoutWordsFallsBackToEnglishWithOneWarning() {
        BuildResult result = build("fi", "");
        assertThat(result.diagnostics()).filteredOn(d -> d.code().startsWith("i18n")).singleElement()
                .satisfies(d -> {
                    assertThat(d.code()).isEqualTo("i18n.unknown-language");
                    assertThat(d.severity()).isEqualTo(Severity.WARNING);
                    assertThat(d.message()).contains("'fi'");
                    assertThat(d.hint()).contains("de, en");
                });
        Document interview = page("interviews/ada/");
        assertThat(interview.selectFirst("html").attr("lang")).isEqualTo("fi");
        assertThat(interview.select(".skip-link").text()).isEqualTo("Skip to content");
        assertThat(interview.select(".page-meta").text()).contains("1 May 2024");
    }

    @Test
    void aWordTheLanguageLeavesOutIsShownInEnglishWithAWarningNamingIt() throws IOException {
        TestSite.copyTree(TestSite.REAL_THEME, root.resolve("theme"));
        Path german = root.resolve("theme/i18n/de.yaml");
        String words = Files.readString(german, StandardCharsets.UTF_8);
        Files.writeString(german, words.replace("skipToContent: \"Zum Inhalt springen\"\n", "")
                .replace("onThisPage:", "onThisPag:"), StandardCharsets.UTF_8);
        BuildResult result = build("de", "");

        assertThat(result.diagnostics()).filteredOn(d -> d.code().startsWith("i18n")).satisfiesExactlyInAnyOrder(
                d -> {
                    assertThat(d.code()).isEqualTo("i18n.missing-key");
                    assertThat(d.position().file()).isEqualTo("theme/i18n/de.yaml");
                    assertThat(d.message()).isEqualTo("2 keys are missing, shown in English: onThisPage, skipToContent");
                },
                d -> {
                    assertThat(d.code()).isEqualTo("i18n.unknown-field");
                    assertThat(d.position().line()).isPositive();
                    assertThat(d.hint()).isEqualTo("did you mean 'onThisPage'?");
                });
        assertThat(page("interviews/ada/").select(".skip-link").text()).isEqualTo("Skip to content");
    }

    @Test
    void aLayoutAskingForAWordNobodyDefinedIsAnErrorAtItsLine() throws IOException {
        TestSite.copyTree(TestSite.REAL_THEME, root.resolve("theme"));
        Path footer = root.resolve("theme/partials/footer.ftlh");
        Files.writeString(footer, Files.readString(footer).replace("${t.atomFeed}", "${t.atomFed}"));
        BuildResult result = build("en", "");

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).first().satisfies(d -> {
            assertThat(d.position().file()).isEqualTo("theme/partials/footer.ftlh");
            assertThat(d.message()).contains("'t.atomFed' is missing");
            assertThat(d.hint()).isEqualTo("did you mean 't.atomFeed'?");
        });
        assertThat(root.resolve("site-output")).doesNotExist();
    }

    @Test
    void theThemesEnglishHasExactlyTheBuiltInKeys() throws IOException {
        Path builtIn = Path.of("src/main/resources/org/peersite/render/i18n/en.yaml");
        assertThat(TestSite.REAL_THEME.resolve("i18n/en.yaml")).hasSameTextualContentAs(builtIn);
        List<String> keys = keys(builtIn);
        assertThat(keys(TestSite.REAL_THEME.resolve("i18n/de.yaml"))).containsExactlyInAnyOrderElementsOf(keys);
    }

    private static List<String> keys(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.substring(0, l.indexOf(':'))).toList();
    }
}
