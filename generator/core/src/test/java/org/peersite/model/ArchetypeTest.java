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

    private static Map<String, Object> frontMatter(String text) {
        Diagnostics problems = new Diagnostics();
        String yaml = FrontMatterSplitter.split("x.md", "x.md", text, problems).frontMatter();
        assertThat(problems).isEmpty();
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "1:30", "0777", "2024-02-30", "null", "~", "Yes: \"no\" # not a comment",
            "back\\slash and 'single'", "- a list?", "{a: 1}", "*alias", "&anchor", "!!binary x", "%TAG",
            "@at `tick`", "|", ">", "  padded  ", "line one\nline two", "tab\there", "bell\u0007 nel\u0085 ls\u2028",
            "Café — “quoted” 東京 🙂", "\uFEFFbom"})
    void aQuotedTitleReadsBackAsExactlyItself(String title) {
        Map<String, Object> meta = frontMatter("---\ntitle: " + Archetype.yamlQuoted(title) + "\n---\n");
        assertThat(meta.get("title")).isEqualTo(title);
    }

    @Test
    void fillQuotesTheTitleInFrontMatterAndWritesItPlainInTheBody() {
        Archetype archetype = Archetype.of("---\r\ntitle: {{title}}\r\nslug: {{slug}}\r\ndate: {{date}}\r\n---\r\n"
                + "# {{title}} ({{slug}}, {{date}})\r\n");
        String text = archetype.fill("Why \"peers\"?", "why-peers", DAY);
        assertThat(text).isEqualTo("---\ntitle: \"Why \\\"peers\\\"?\"\nslug: why-peers\ndate: 2024-05-01\n---\n"
                + "# Why \"peers\"? (why-peers, 2024-05-01)\n");
    }

    @Test
    void aPlaceholderAlreadyInQuotesIsReplacedWithItsQuotes() {
        String text = Archetype.of("---\na: \"{{title}}\"\nb: '{{title}}'\n---\n").fill("It's \"x\"", "x", DAY);
        assertThat(frontMatter(text)).containsEntry("a", "It's \"x\"").containsEntry("b", "It's \"x\"");
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = "PAGE", mode = EnumSource.Mode.EXCLUDE)
    void builtInArchetypesHaveTheirKindsRequiredFields(Kind kind) {
        Map<String, Object> meta = frontMatter(Archetype.builtIn(kind).fill("A: title", "a-title", DAY));
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

    @Test
    void plainPagesHaveNoArchetype() {
        assertThatThrownBy(() -> Archetype.builtIn(Kind.PAGE)).isInstanceOf(IllegalArgumentException.class);
    }
}
