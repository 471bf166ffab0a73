package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;

/**
 * The same content gives the same bytes whatever the JVM's default locale and time zone: Turkish (dotted and
 * dotless i), US English, and Egyptian Arabic (whose default digits are not ASCII). The tests already run under
 * tr_TR; this one switches the defaults between builds and puts them back afterwards, so it must run alone.
 */
@Isolated
class LocaleDeterminismTest {

    @TempDir
    Path root;

    private static final String SITE = """
            === content/site.yaml
            title: İstanbul Insights
            baseUrl: https://example.org/
            description: Ideas In Istanbul.
            === content/index.md
            ---
            title: Index Of Ideas
            ---
            Start with [[INSIGHT]], [[Istanbul Notes]] and [[Işık Interview]].
            === content/Istanbul Notes.md
            ---
            title: Istanbul Notes
            date: 2024-12-31
            tags: [insight, istanbul]
            ---
            ## İlk Fikirler

            In Istanbul, ideas came In waves.

            ## Index
            === content/concepts/insight.md
            ---
            title: Insight
            summary: Seeing what Is really going on.
            aliases: [INTUITION, İlham]
            tags: [insight]
            ---
            ISTANBUL taught me.
            === content/interviews/isik.md
            ---
            title: Işık Interview
            date: 2024-01-09
            summary: IDEAS In ISTANBUL.
            interviewee: {name: Işık İnce, role: Director}
            tags: [istanbul]
            ---
            INSIGHT Is everything; İlham too.

            ## Is It Important?

            It Is. 1,234 ideas.
            === content/guides/ideas.md
            ---
            title: Ideas In Groups
            date: 2023-11-05
            summary: Generating ideas.
            audience: Istanbul leaders
            duration: 125
            agenda:
              - {minutes: 5, activity: İntro}
              - {minutes: 120, activity: IDEATION, concept: INTUITION}
            ---
            Plain.
            """;

    private Map<String, byte[]> buildUnder(Locale locale, String zone, String folder) throws IOException {
        Locale saved = Locale.getDefault();
        Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        TimeZone savedZone = TimeZone.getDefault();
        try {
            Locale.setDefault(locale);
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            BuildResult result = TestSite.generator(root).templates(TestSite.REAL_THEME).output(root.resolve(folder))
                    .build().generate();
            assertThat(result.diagnostics()).as(result.report()).filteredOn(Diagnostic::isError).isEmpty();
            return TestSite.snapshot(root.resolve(folder));
        } finally {
            Locale.setDefault(saved);
            Locale.setDefault(Locale.Category.FORMAT, savedFormat);
            Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
            TimeZone.setDefault(savedZone);
        }
    }

    @Test
    void theSameContentGivesTheSameBytesWhateverTheDefaultLocaleAndTimeZone() throws IOException {
        TestSite.write(root, SITE);
        Map<String, byte[]> turkish = buildUnder(Locale.forLanguageTag("tr-TR"), "Pacific/Kiritimati", "tr");
        Map<String, byte[]> english = buildUnder(Locale.US, "America/Los_Angeles", "en");
        Map<String, byte[]> arabic = buildUnder(Locale.forLanguageTag("ar-EG"), "Asia/Kolkata", "ar");

        assertThat(turkish).hasSizeGreaterThan(15);
        assertThat(english.keySet()).isEqualTo(turkish.keySet());
        assertThat(arabic.keySet()).isEqualTo(turkish.keySet());
        turkish.forEach((path, bytes) -> {
            assertThat(english.get(path)).as("en_US: " + path).isEqualTo(bytes);
            assertThat(arabic.get(path)).as("ar_EG: " + path).isEqualTo(bytes);
        });
    }

    /** What a tr_TR default would get wrong if anything used it: dotless ı in slugs, anchors and matches; Turkish months. */
    @Test
    void underTurkishDefaultsCaseMappingAndDatesFollowTheSiteNotTheMachine() throws IOException {
        TestSite.write(root, SITE);
        buildUnder(Locale.forLanguageTag("tr-TR"), "Pacific/Kiritimati", "site-output");

        assertThat(root.resolve("site-output/istanbul-notes/index.html")).exists();
        assertThat(root.resolve("site-output/tags/istanbul/index.html")).exists();
        Document notes = TestSite.html(root, "istanbul-notes/");
        assertThat(notes.select("time[datetime=2024-12-31]").text()).isEqualTo("31 December 2024");
        assertThat(notes.getElementById("index")).isNotNull();
        Document interview = TestSite.html(root, "interviews/isik/");
        assertThat(interview.getElementById("is-it-important")).isNotNull();
        assertThat(interview.select(".prose a.concept-mention")).extracting(e -> e.attr("href"))
                .containsExactly("../../concepts/insight/");
        assertThat(interview.select(".prose a.concept-mention").text()).isEqualTo("INSIGHT");
        assertThat(TestSite.html(root, "guides/ideas/").select("time[datetime=PT125M]").text()).isEqualTo("2 h 5 min");
        assertThat(TestSite.html(root, "").select(".prose a.wikilink")).extracting(e -> e.attr("href"))
                .containsExactly("concepts/insight/", "istanbul-notes/", "interviews/isik/");
    }
}
