package org.peersite.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peersite.diag.Diagnostics;
import org.peersite.source.FrontMatterSplitter;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class ArchetypeTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    private static Archetype archetype(String text) {
        return Archetype.of(text, "templates/archetypes/x.md");
    }

    private static Map<String, Object> frontMatter(String text) {
        Diagnostics problems = new Diagnostics();
        String yaml = FrontMatterSplitter.split("x.md", "x.md", text, problems).frontMatter();
        assertThat(problems).isEmpty();
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    @Test
    void fillQuotesTheTitleAndSlugInFrontMatterAndWritesTheTitleAsTextInTheBody() {
        Archetype archetype = archetype("---\r\ntitle: {{title}}\r\nslug: {{slug}}\r\ndate: {{date}}\r\n---\r\n"
                + "# {{title}} ({{slug}}, {{date}})\r\n");
        String text = archetype.fill("Why \"peers\"?", "why-peers", DAY);
        assertThat(text).isEqualTo("---\ntitle: \"Why \\\"peers\\\"?\"\nslug: \"why-peers\"\ndate: 2024-05-01\n---\n"
                + "# Why \"peers\"? (why-peers, 2024-05-01)\n");
    }

    @Test
    void aPlaceholderAlreadyInQuotesIsReplacedWithItsQuotes() {
        String text = archetype("---\na: \"{{title}}\"\nb: '{{title}}'\n---\n").fill("It's \"x\"", "x", DAY);
        assertThat(frontMatter(text)).containsEntry("a", "It's \"x\"").containsEntry("b", "It's \"x\"");
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = "PAGE", mode = EnumSource.Mode.EXCLUDE)
    void builtInArchetypesHaveTheirKindsRequiredFieldsAndStartAsDrafts(Kind kind) {
        Map<String, Object> meta = frontMatter(Archetype.builtIn(kind)
                .fill(new Archetype.Values("A: title", "a-title", DAY, List.of("trust"))));
        assertThat(meta).containsEntry("draft", true);
        assertThat(meta).containsEntry("title", "A: title");
        assertThat(meta.get("date")).isInstanceOf(java.util.Date.class);
        List<String> required = switch (kind) {
            case INTERVIEW -> List.of("summary", "interviewee");
            case FRAMEWORK -> List.of("summary", "stages");
            case GUIDE -> List.of("summary", "audience", "duration", "agenda");
            default -> List.of("summary");
        };
        assertThat(meta).containsKeys(required.toArray(String[]::new));
    }

    @Test
    void theBuiltInGuidesAgendaAddsUpToItsDuration() {
        Map<String, Object> meta = frontMatter(Archetype.builtIn(Kind.GUIDE).fill("G", "g", DAY));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> agenda = (List<Map<String, Object>>) meta.get("agenda");
        int sum = agenda.stream().mapToInt(item -> (Integer) item.get("minutes")).sum();
        assertThat(agenda).allSatisfy(item -> assertThat(item).containsKeys("minutes", "activity"));
        assertThat(sum).isEqualTo(meta.get("duration"));
    }

    @Test
    void theBuiltInInterviewNamesItsInterviewee() {
        Map<String, Object> meta = frontMatter(Archetype.builtIn(Kind.INTERVIEW).fill("I", "i", DAY));
        assertThat(meta.get("interviewee")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsKeys("name", "role");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yes: \"no\" # maybe", "- a list?", "? a key", "a\\b 'c' \"d\"", "{{title}}",
            "peersite0fill", "🙂 Café", "|", "&anchor *alias !tag %directive @at `tick`"})
    void aPlaceholderInsideALongerValueKeepsTheValueOneString(String title) {
        String text = archetype("""
                ---
                title: {{title}}
                summary: "{{title}} is what ... (one sentence)."
                plain: The {{title}} and {{slug}}
                single: 'It''s {{title}}'
                folded: >
                  About {{title}},
                  on two lines.
                list: [{{title}}, "{{slug}}"]
                ---
                Body.
                """).fill(title, "odd", DAY);

        assertThat(frontMatter(text)).containsEntry("title", title)
                .containsEntry("summary", title + " is what ... (one sentence).")
                .containsEntry("plain", "The " + title + " and odd")
                .containsEntry("single", "It's " + title)
                .containsEntry("folded", "About " + title + ", on two lines.\n")
                .containsEntry("list", List.of(title, "odd"));
        assertThat(text).endsWith("---\nBody.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "null", "123", "0777", "true", "2024-05-01"})
    void aSlugOrConceptIsAlwaysAStringAndAPlainDateStaysADate(String slug) {
        String text = archetype("---\nslug: {{slug}}\nconcept: {{concept}}\ndate: {{date}}\nsaid: \"on {{date}}\"\n---\n")
                .fill(new Archetype.Values("T", slug, DAY, List.of(slug)));

        assertThat(frontMatter(text)).containsEntry("slug", slug).containsEntry("concept", slug)
                .containsEntry("said", "on 2024-05-01");
        assertThat(frontMatter(text).get("date")).isInstanceOf(java.util.Date.class);
    }

    @Test
    void placeholdersInCommentsAreFilledAsTheyAreAndKeepTheLayout() {
        String text = archetype("---\n# A page on {{title}} ({{slug}})\ntitle: {{title}}  # the title\n---\n")
                .fill("A: b", "a-b", DAY);
        assertThat(text).isEqualTo("---\n# A page on A: b (a-b)\ntitle: \"A: b\"  # the title\n---\n");
    }

    @Test
    void aPlaceholderReusedThroughAYamlAliasIsFilledOnce() {
        String text = archetype("---\ntitle: &name {{title}}\nsummary: *name\n---\n").fill("A: b", "a-b", DAY);
        assertThat(frontMatter(text)).containsEntry("title", "A: b").containsEntry("summary", "A: b");
    }

    @Test
    void eachConceptPlaceholderTakesTheNextConceptAndStartsAgainWhenTheyRunOut() {
        Archetype archetype = archetype("---\na: {{concept}}\nb: {{concept}}\nc: {{concept}}\n---\nSee [[{{concept}}]].\n");

        String text = archetype.fill(new Archetype.Values("T", "t", DAY, List.of("trust", "candour")));

        assertThat(archetype.namesConcepts()).isTrue();
        assertThat(frontMatter(text)).containsEntry("a", "trust").containsEntry("b", "candour").containsEntry("c", "trust");
        assertThat(text).endsWith("See [[candour]].\n");
        assertThatThrownBy(() -> archetype.fill("T", "t", DAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names concepts");
    }

    @Test
    void anArchetypeWhoseYamlIsBrokenIsRefusedNamingItsFileAndLine() {
        assertThatThrownBy(() -> archetype("---\ntitle: {{title}}\ntags: [a, b\n---\n").fill("T", "t", DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("templates/archetypes/x.md:3:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Why \"peers\"?", "Hot seat"})
    void anOrdinaryTitleIsWrittenIntoTheBodyAsItIs(String title) {
        assertThat(Archetype.markdownText(title)).isEqualTo(title);
    }

    @Test
    void markdownSyntaxInATitleIsEscapedInTheBody() {
        assertThat(Archetype.markdownText("- [[x]] *y* <b> #t ==h== %%c%% 1. a\\b"))
                .isEqualTo("\\- \\[\\[x\\]\\] \\*y\\* \\<b\\> \\#t \\=\\=h\\=\\= \\%\\%c\\%\\% 1. a\\\\b");
        assertThat(Archetype.markdownText("12. Steps")).isEqualTo("12\\. Steps");
        assertThat(Archetype.markdownText("+1")).isEqualTo("\\+1");
    }

    @Test
    void plainPagesHaveNoArchetype() {
        assertThatThrownBy(() -> Archetype.builtIn(Kind.PAGE)).isInstanceOf(IllegalArgumentException.class);
    }
}
