package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;

/**
 * What a reader chooses by in lists (a guide's duration and audience, an interview's interviewee and role, a
 * framework's number of stages), and drafts marked as drafts when a build includes them.
 */
class ReadingTest {

    private static final String DRAFT = """
            === content/guides/later.md
            ---
            title: Later
            date: 2024-07-01
            draft: true
            summary: Not ready yet.
            audience: chairs
            duration: 30
            agenda: [{minutes: 30, activity: Talk}]
            ---
            Draft text.
            """;

    @TempDir
    Path root;

    private void build(boolean drafts) {
        TestSite.write(root, KindsSite.SPEC + DRAFT);
        BuildResult result = TestSite.generator(root).templates(TestSite.REAL_THEME).includeDrafts(drafts).build()
                .generate();
        assertThat(result.diagnostics()).as(result.report()).filteredOn(Diagnostic::isError).isEmpty();
    }

    @Test
    void listsShowWhatAReaderChoosesBy() {
        build(false);
        assertThat(TestSite.html(root, "guides/").select(".item-facts").eachText())
                .containsExactly("1 h 30 min, for new chairs");
        assertThat(TestSite.html(root, "interviews/").select(".item-facts").eachText())
                .containsExactly("Ada Byron, Founder, Analytical Engines");
        assertThat(TestSite.html(root, "interviews/").select(".item-facts .item-person").text()).isEqualTo("Ada Byron");
        assertThat(TestSite.html(root, "frameworks/").select(".item-facts").eachText()).containsExactly("2 stages");
        assertThat(TestSite.html(root, "").select(".home-latest .item-facts").eachText())
                .containsExactly("Ada Byron, Founder, Analytical Engines", "1 h 30 min, for new chairs", "2 stages");
        assertThat(TestSite.html(root, "tags/facilitation/").select(".item-facts").eachText())
                .containsExactly("1 h 30 min, for new chairs");
    }

    @Test
    void aDraftBuiltWithDraftsIsMarkedAndAsksNotToBeIndexed() throws Exception {
        build(true);
        Document draft = TestSite.html(root, "guides/later/");
        assertThat(draft.select(".page-meta .draft-badge").text()).isEqualTo("Draft");
        assertThat(draft.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(draft.selectFirst("body").hasClass("is-draft")).isTrue();
        Document published = TestSite.html(root, "guides/meeting/");
        assertThat(published.select(".draft-badge, meta[name=robots]")).isEmpty();
        assertThat(Files.readString(root.resolve("site-output/feed.xml"))).doesNotContain("guides/later/");
    }

    @Test
    void withoutDraftsTheDraftIsNotBuiltAtAll() {
        build(false);
        assertThat(root.resolve("site-output/guides/later")).doesNotExist();
    }
}
