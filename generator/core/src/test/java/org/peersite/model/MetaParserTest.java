package org.peersite.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peersite.model.Expect.error;
import static org.peersite.model.Expect.sorted;
import static org.peersite.model.Expect.warning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.DiagnosticFormatter;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.model.GuideKind.AgendaItem;
import org.peersite.model.InterviewKind.Person;
import org.peersite.model.InterviewKind.Source;
import org.peersite.model.FrameworkKind.Stage;
import org.peersite.source.ContentLoader;
import org.peersite.source.FrontMatterSplitter;
import org.peersite.source.SourceFile;

class MetaParserTest {

    private static final String INTERVIEW = "content/interviews/leo.md";
    private static final String FRAMEWORK = "content/frameworks/ladder.md";
    private static final String GUIDE = "content/guides/first-meeting.md";
    private static final String CONCEPT = "content/concepts/connect.md";
    private static final String PAGE = "content/about.md";

    private final Diagnostics problems = new Diagnostics();

    private PageMeta parse(String displayPath, String text) {
        String relative = displayPath.substring("content/".length());
        SourceFile file = FrontMatterSplitter.split(relative, displayPath, text, problems);
        return MetaParser.parse(file, Kind.ofPath(relative), problems);
    }

    // ------------------------------------------------------------------------------------------ valid pages

    @Test
    void readsEveryFieldOfAnInterview() {
        PageMeta meta = parse(INTERVIEW, """
                ---
                title: "Leo Bottary on peers"
                date: 2024-05-01
                interviewee:
                  name: Leo Bottary
                  role: author
                interviewer: Sam Lee
                publication: Leaders Quarterly
                source:
                  title: The Power of Peers
                  url: https://example.org/power-of-peers
                summary: Why peers matter.
                concepts: [connect, Peer advantage]
                tags: [leadership, peer-groups]
                slug: leo-on-peers
                draft: no
                autolink: false
                ---
                Body.
                """);

        assertThat(problems).isEmpty();
        assertThat(meta.title()).isEqualTo("Leo Bottary on peers");
        assertThat(meta.date()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(meta.summary()).isEqualTo("Why peers matter.");
        assertThat(meta.slug()).isEqualTo("leo-on-peers");
        assertThat(meta.tags()).containsExactly("leadership", "peer-groups");
        assertThat(meta.draft()).isFalse();
        assertThat(meta.autolink()).isFalse();
        assertThat(meta.concepts()).containsExactly(
                new Ref("connect", Position.of(INTERVIEW, 13, 12)),
                new Ref("Peer advantage", Position.of(INTERVIEW, 13, 21)));
        assertThat(meta.details()).isEqualTo(new InterviewKind.Interview(new Person("Leo Bottary", "author"), "Sam Lee",
                "Leaders Quarterly", new Source("The Power of Peers", "https://example.org/power-of-peers"), List.of()));
    }

    @Test
    void readsAFrameworkWithTheConceptOfEachStageWhereItIsWritten() {
        PageMeta meta = parse(FRAMEWORK, """
                ---
                title: The Peer Ladder
                summary: Four steps.
                stages:
                  - name: Connect
                    concept: connect
                    summary: Meet peers.
                  - {name: Network, concept: network, summary: Widen the circle.}
                ---
                """);

        assertThat(problems).isEmpty();
        assertThat(((FrameworkKind.Framework) meta.details()).stages()).containsExactly(
                new Stage("Connect", new Ref("connect", Position.of(FRAMEWORK, 6, 14)), "Meet peers."),
                new Stage("Network", new Ref("network", Position.of(FRAMEWORK, 8, 30)), "Widen the circle."));
    }

    @Test
    void readsAGuideWhoseAgendaAddsUp() {
        PageMeta meta = parse(GUIDE, """
                ---
                title: First meeting
                summary: How to open.
                audience: new group chairs
                duration: 45
                agenda:
                  - minutes: 15
                    activity: Check-in round
                  - minutes: 30
                    activity: Hot seat
                    concept: accelerate
                ---
                """);

        assertThat(problems).isEmpty();
        assertThat(meta.details()).isEqualTo(new GuideKind.Guide("new group chairs", 45, List.of(
                new AgendaItem(15, "Check-in round", null),
                new AgendaItem(30, "Hot seat", new Ref("accelerate", Position.of(GUIDE, 11, 14)))), List.of()));
    }

    @Test
    void readsAConceptAndAPlainPage() {
        PageMeta concept = parse(CONCEPT, """
                ---
                title: Connect
                summary: Meeting peers who face the same questions.
                aliases: [connecting, connection]
                related: [network]
                ---
                """);
        PageMeta page = parse(PAGE, "---\ntitle: About\n---\n");

        assertThat(problems).isEmpty();
        assertThat(concept.details()).isEqualTo(new ConceptKind.Concept(List.of("connecting", "connection"),
                List.of(new Ref("network", Position.of(CONCEPT, 5, 11)))));
        assertThat(page.title()).isEqualTo("About");
        assertThat(page.summary()).isNull();
        assertThat(page.details()).isEqualTo(new PlainKind.Plain(List.of(), List.of(), true));
    }

    // ------------------------------------------------------------------------------------------ notes as kept in a vault

    @Test
    void aNoteWithoutFrontMatterIsTitledByItsFirstHeadingElseByItsFileName() {
        PageMeta headed = parse("content/Chairing/Hot seat protocol.md",
                "Text first.\n\n```\n# not this, it is code\n```\n\n# The hot seat, step by step #\n\nBody.\n");
        PageMeta bare = parse("content/Quick capture.md", "Call Amira.\n\n## Not a title\n");
        PageMeta untitled = parse("content/Reading notes/Power of peers.md", "---\ntags: [reading]\n---\n# The Power of Peers\n");

        assertThat(problems).isEmpty();
        assertThat(headed.title()).isEqualTo("The hot seat, step by step");
        assertThat(bare.title()).isEqualTo("Quick capture");
        assertThat(untitled.title()).isEqualTo("The Power of Peers");
    }

    @Test
    void obsidianPropertiesAreReadAndTheAuthorsOwnAreNotWarnedAbout() {
        PageMeta meta = parse("content/Four ways.md", """
                ---
                alias: The four ways
                aliases: [Four ways, The four ways]
                tags: "#meeting, peer-groups/forum hot-seat"
                cssclasses: wide-page
                created: 2026-02-02T07:45:00
                attendees: 7
                ---
                """);

        assertThat(problems).isEmpty();
        assertThat(meta.details().aliases()).containsExactly("Four ways", "The four ways");
        assertThat(meta.tags()).containsExactly("meeting", "peer-groups/forum", "hot-seat");
        assertThat(((PlainKind.Plain) meta.details()).cssClasses()).containsExactly("wide-page");
        assertThat(meta.date()).hasToString("2026-02-02");
        assertThat(meta.details().published()).isTrue();
    }

    @Test
    void publishFalseKeepsANoteOutAndANestedTagIsCheckedLevelByLevel() {
        PageMeta hidden = parse(PAGE, "---\npublish: false\ntags: [private/hr]\n---\n");
        parse(PAGE, "---\ntags: [Peer Groups/Chairs]\n---\n");

        assertThat(hidden.details().published()).isFalse();
        assertThat(hidden.tags()).containsExactly("private/hr");
        assertThat(problems).singleElement()
                .satisfies(error(PAGE + ":2:8", "front-matter.value", "tag \"Peer Groups/Chairs\" must be lowercase"))
                .satisfies(d -> assertThat(d.hint()).isEqualTo("write the tag as peer-groups/chairs"));
    }

    // ------------------------------------------------------------------------------------------ no front matter

    @Test
    void aFileWithoutFrontMatterIsOneErrorAtItsStartShowingTheMinimalFrontMatter() {
        PageMeta meta = parse(INTERVIEW, "# Leo Bottary\n\nText.\n");

        assertThat(meta).isNull();
        assertThat(problems).singleElement()
                .satisfies(error(INTERVIEW + ":1:1", "front-matter.missing", "missing front matter"))
                .satisfies(d -> assertThat(d.hint()).contains("---\ntitle:", "interviewee:\n  name:", "date:"))
                .satisfies(d -> assertThat(d.sourceLine()).isEqualTo("# Leo Bottary"));
    }

    @Test
    void emptyFrontMatterIsOneErrorAtTheOpeningFence() {
        assertThat(parse(PAGE, "---\n---\nText.\n")).isNull();
        assertThat(problems).singleElement().satisfies(error(PAGE + ":1:1", "front-matter.missing",
                "the front matter is empty"));
        assertThat(problems.sorted().get(0).hint()).contains("title: \"About\"");
        // The same mistake written another way is the same one error.
        assertThat(parse(PAGE, "---\n# only a comment\n\n---\nText.\n")).isNull();
        assertThat(problems).singleElement();
    }

    @Test
    void anUnclosedFrontMatterBlockIsReportedByTheSplitter() {
        FrontMatterSplitter.split("about.md", PAGE, "---\ntitle: About\nText.\n", problems);

        assertThat(problems).singleElement()
                .satisfies(error(PAGE + ":1:1", "front-matter.unterminated", "no closing '---'"));
    }

    @Test
    void frontMatterThatIsAListIsATypeError() {
        assertThat(parse(PAGE, "---\n- title\n---\n")).isNull();

        assertThat(problems).singleElement()
                .satisfies(error(PAGE + ":2:1", "front-matter.type", "must be fields such as 'title: ...', not a list"));
    }

    // ------------------------------------------------------------------------------------------ positions

    @Test
    void positionsStayRightInAFileWithAByteOrderMarkAndWindowsLineEnds(@TempDir Path content) throws IOException {
        Path file = Files.createDirectories(content.resolve("interviews")).resolve("leo.md");
        Files.writeString(file, "\uFEFF---\r\ntitle: yes\r\ndate: 2024-05-01\r\ninterviewee: {name: Leo, role: author}"
                + "\r\nsummary: Why.\r\n---\r\nBody\r\n", StandardCharsets.UTF_8);
        Diagnostics loading = new Diagnostics();
        SourceFile source = ContentLoader.read(ContentLoader.entry(content, file, "content"), loading);

        assertThat(loading).isEmpty();
        assertThat(MetaParser.parse(source, Kind.INTERVIEW, problems)).isNull();
        assertThat(problems).singleElement()
                .satisfies(error(INTERVIEW + ":2:8", "front-matter.type", "'title' must be text"))
                .satisfies(d -> assertThat(d.sourceLine()).isEqualTo("title: yes"));
    }

    @Test
    void columnsCountCharactersAsJavaDoesEvenAfterAnEmoji() {
        parse(PAGE, "---\ntitle: About\ntags: [\"\uD83D\uDE00\", fine, Bad]\n---\n");

        // SnakeYAML counts the emoji as one column, Java strings as two; "Bad" starts at char 20 (1-based).
        assertThat(problems.sorted()).satisfiesExactly(
                error(PAGE + ":3:8", "front-matter.value", "tag \"\uD83D\uDE00\""),
                error(PAGE + ":3:20", "front-matter.value", "tag \"Bad\""));
    }

    @Test
    void theFormattedDiagnosticPutsTheCaretUnderTheValue() {
        parse(PAGE, "---\ntitle: About\ndraft: maybe\n---\n");

        String printed = DiagnosticFormatter.format(problems.sorted().get(0));

        assertThat(printed.lines().toList()).containsExactly(
                PAGE + ":3:8: error[front-matter.type]: 'draft' must be true or false, not the text \"maybe\"",
                "  3 | draft: maybe",
                "    |        ^",
                "  = hint: write draft: true or draft: false, without quotes");
    }

    // ------------------------------------------------------------------------------------------ YAML 1.1 surprises

    @Test
    void yesIsABooleanNotATitle() {
        PageMeta meta = parse(PAGE, "---\ntitle: yes\n---\n");

        assertThat(meta.title()).as("a plain page without a usable title is named by its file").isEqualTo("about");
        assertThat(problems).singleElement()
                .satisfies(error(PAGE + ":2:8", "front-matter.type",
                        "'title' must be text, but YAML reads yes as a true/false value"))
                .satisfies(d -> assertThat(d.hint()).isEqualTo("put it in quotes: \"yes\""));
    }

    @Test
    void noIsAcceptedAsFalseForDraftAndYesAsTrue() {
        PageMeta off = parse(PAGE, "---\ntitle: About\ndraft: no\n---\n");
        PageMeta on = parse(PAGE, "---\ntitle: About\ndraft: yes\nautolink: On\n---\n");

        assertThat(problems).isEmpty();
        assertThat(off.draft()).isFalse();
        assertThat(off.autolink()).isNull();
        assertThat(on.draft()).isTrue();
        assertThat(on.autolink()).isTrue();
    }

    @Test
    void aDurationLike1colon30IsTheBase60Number90AndAnError() {
        parse(GUIDE, guide("duration: 1:30", "  - {minutes: 90, activity: Talk}"));

        assertThat(problems).singleElement()
                .satisfies(error(GUIDE + ":5:11", "front-matter.type",
                        "'duration' must be a plain whole number, but YAML reads 1:30 as the base-60 number 90"))
                .satisfies(d -> assertThat(d.hint()).isEqualTo("write the minutes as one number: duration: 90"));
    }

    @Test
    void aLeadingZeroMakesAnOctalNumberWhichIsRejected() {
        parse(GUIDE, guide("duration: 10", "  - minutes: 010\n    activity: Talk"));

        assertThat(problems).singleElement()
                .satisfies(error(GUIDE + ":7:14", "front-matter.type",
                        "'agenda[1].minutes' must be a plain whole number, but YAML reads 010 as the octal number 8"))
                .satisfies(d -> assertThat(d.hint()).contains("write minutes: 10 without it"));
    }

    @Test
    void otherIntegerNotationsAndNonNumbersAreRejectedWithWhatYamlRead() {
        parse(GUIDE, """
                ---
                title: Long day
                summary: All of it.
                audience: chairs
                duration: 0x1F
                agenda:
                  - {minutes: 1_000, activity: a}
                  - {minutes: "15", activity: b}
                  - {minutes: 1.5, activity: c}
                  - {minutes: 0, activity: d}
                  - {minutes: -5, activity: e}
                  - {minutes: 09, activity: f}
                  - {minutes: half an hour, activity: g}
                ---
                """);

        assertThat(problems.sorted()).satisfiesExactly(
                error(GUIDE + ":5:11", "front-matter.type", "YAML reads 0x1F as the hexadecimal number 31"),
                error(GUIDE + ":7:15", "front-matter.type", "YAML reads 1_000 as the number 1000"),
                error(GUIDE + ":8:15", "front-matter.type", "'agenda[2].minutes' must be a number, not the text \"15\""),
                error(GUIDE + ":9:15", "front-matter.type", "must be a whole number, not 1.5"),
                error(GUIDE + ":10:15", "front-matter.value", "'agenda[4].minutes' must be more than 0"),
                error(GUIDE + ":11:15", "front-matter.value", "must be more than 0, not -5"),
                error(GUIDE + ":12:15", "front-matter.type", "must be a plain whole number, not 09"),
                error(GUIDE + ":13:15", "front-matter.type", "must be a whole number, not \"half an hour\""));
    }

    @Test
    void february30IsNoDay() {
        parse(PAGE, "---\ntitle: About\ndate: 2024-02-30\n---\n");

        assertThat(problems).singleElement()
                .satisfies(error(PAGE + ":3:7", "front-matter.value", "'date' 2024-02-30 is not a day in the calendar"))
                .satisfies(d -> assertThat(d.hint()).isEqualTo("February 2024 has 29 days"));
    }

    @Test
    void lastSpringIsNoDate() {
        parse(INTERVIEW, interview("date: last spring"));

        assertThat(problems).singleElement()
                .satisfies(error(INTERVIEW + ":3:7", "front-matter.type",
                        "'date' must be a date like 2024-05-01, not \"last spring\""))
                .satisfies(d -> assertThat(d.hint()).contains("YYYY-MM-DD"));
    }

    @Test
    void aQuotedIsoDateIsAcceptedButADateAndTimeIsNot() {
        PageMeta quoted = parse(INTERVIEW, interview("date: '2024-05-01'"));
        parse(INTERVIEW, interview("date: 2024-05-01T10:00:00Z"));
        parse(INTERVIEW, interview("date: 2024"));

        assertThat(quoted.date()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(problems).satisfiesExactly(
                error(INTERVIEW + ":3:7", "front-matter.type", "must be a date like 2024-05-01, not 2024"),
                error(INTERVIEW + ":3:7", "front-matter.type", "not a date and time (2024-05-01T10:00:00Z)"));
    }

    @Test
    void everyKindMayCarryAnUpdatedDayOnOrAfterItsDate() {
        PageMeta guide = parse(GUIDE, "---\ntitle: G\nsummary: S.\naudience: chairs\nduration: 5\n"
                + "agenda: [{minutes: 5, activity: Talk}]\ndate: 2024-05-01\nupdated: 2024-06-02\n---\n");
        PageMeta concept = parse(CONCEPT, "---\ntitle: C\nsummary: S.\nupdated: 2024-06-02\n---\n");
        PageMeta sameDay = parse(PAGE, "---\ntitle: About\ndate: 2024-05-01\nupdated: 2024-05-01\n---\n");

        assertThat(problems).isEmpty();
        assertThat(guide.updated()).isEqualTo(LocalDate.of(2024, 6, 2));
        assertThat(guide.lastChanged()).isEqualTo(LocalDate.of(2024, 6, 2));
        assertThat(concept.date()).isNull();
        assertThat(concept.lastChanged()).isEqualTo(LocalDate.of(2024, 6, 2));
        assertThat(sameDay.lastChanged()).isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    void anUpdatedDayBeforeTheDateIsAnErrorAtTheUpdatedLine() {
        PageMeta meta = parse(INTERVIEW, interview("updated: 2024-04-30"));

        assertThat(meta.updated()).isNull();
        assertThat(problems).singleElement()
                .satisfies(error(INTERVIEW + ":8:10", "front-matter.value",
                        "'updated' (2024-04-30) is before 'date' (2024-05-01)"))
                .satisfies(d -> assertThat(d.hint()).contains("updated: 2024-05-01"));
    }

    @Test
    void anUpdatedDayIsCheckedLikeADate() {
        parse(PAGE, "---\ntitle: About\nupdated: 2024-02-30\n---\n");
        parse(PAGE, "---\ntitle: About\nupdated: yesterday\n---\n");

        assertThat(problems).satisfiesExactly(
                error(PAGE + ":3:10", "front-matter.type", "'updated' must be a date like 2024-05-01, not \"yesterday\""),
                error(PAGE + ":3:10", "front-matter.value", "'updated' 2024-02-30 is not a day in the calendar"));
    }

    @Test
    void aSingleValueWhereAListBelongsIsAnErrorWithTheListToWrite() {
        parse(CONCEPT, "---\ntitle: Trust\nsummary: One.\nrelated: leadership\n---\n");

        assertThat(problems).singleElement()
                .satisfies(error(CONCEPT + ":4:10", "front-matter.type", "'related' must be a list, not a single value"))
                .satisfies(d -> assertThat(d.hint()).isEqualTo("write it as a list: related: [leadership]"));
    }

    @Test
    void aListWhereTextBelongsIsAnError() {
        parse(PAGE, "---\ntitle: [About, us]\n---\n");

        assertThat(problems).singleElement()
                .satisfies(error(PAGE + ":2:8", "front-matter.type", "'title' must be text, not a list"));
    }

    @Test
    void anEmptyRequiredFieldHasNoValue() {
        PageMeta meta = parse(CONCEPT, "---\ntitle:\nsummary: One.\n---\n");
        parse(CONCEPT, "---\ntitle: \"  \"\nsummary: One.\n---\n");

        assertThat(meta).isNull();
        assertThat(problems).satisfiesExactly(
                error(CONCEPT + ":2:1", "front-matter.required", "'title' has no value"),
                error(CONCEPT + ":2:8", "front-matter.required", "'title' is empty"));
    }

    @Test
    void anEmptyOptionalFieldCountsAsAbsent() {
        PageMeta meta = parse(INTERVIEW, interview("interviewer:"));

        assertThat(problems).isEmpty();
        assertThat(((InterviewKind.Interview) meta.details()).interviewer()).isNull();
    }

    // ------------------------------------------------------------------------------------------ required fields

    @Test
    void aMissingTopLevelFieldIsReportedAtTheOpeningFenceWithAnExample() {
        PageMeta meta = parse(CONCEPT, "---\ntitle: Connect\n---\n");

        assertThat(meta).isNotNull();
        assertThat(meta.summary()).isNull();
        assertThat(problems).singleElement()
                .satisfies(error(CONCEPT + ":1:1", "front-matter.required", "missing required field 'summary'"))
                .satisfies(d -> assertThat(d.hint()).startsWith("add it, for example summary: "))
                .satisfies(d -> assertThat(d.sourceLine()).isEqualTo("---"));
    }

    @Test
    void aMissingNestedFieldIsReportedAtItsMap() {
        parse(INTERVIEW, interview("interviewee:\n  name: Leo"));

        assertThat(problems).singleElement()
                .satisfies(error(INTERVIEW + ":4:1", "front-matter.required",
                        "missing required field 'interviewee.role'"));
    }

    @Test
    void frameworkStagesMustBeANonEmptyListOfCompleteStages() {
        parse(FRAMEWORK, "---\ntitle: Ladder\nsummary: Steps.\nstages: []\n---\n");
        parse(FRAMEWORK, """
                ---
                title: Ladder
                summary: Steps.
                stages:
                  - Connect
                  - name: Network
                    summary: Widen.
                ---
                """);

        assertThat(problems).satisfiesExactly(
                error(FRAMEWORK + ":4:9", "front-matter.value", "'stages' needs at least one item"),
                error(FRAMEWORK + ":5:5", "front-matter.type", "'stages[1]' must be a map of fields"),
                error(FRAMEWORK + ":6:5", "front-matter.required", "missing required field 'stages[2].concept'"));
    }

    @Test
    void aSourceUrlMustBeAnAbsoluteWebAddress() {
        parse(INTERVIEW, interview("source: {title: Book, url: \"javascript:alert(1)\"}"));
        PageMeta untitled = parse(INTERVIEW, interview("source: {url: \"https://example.org/\"}"));

        assertThat(problems).satisfiesExactly(
                error(INTERVIEW + ":8:1", "front-matter.required", "missing required field 'source.title'"),
                error(INTERVIEW + ":8:28", "front-matter.value",
                        "'source.url' must be an absolute http or https URL, not \"javascript:alert(1)\""));
        assertThat(((InterviewKind.Interview) untitled.details()).source().url()).isEqualTo("https://example.org/");
    }

    // ------------------------------------------------------------------------------------------ guide

    @Test
    void anAgendaThatDoesNotAddUpToTheDurationIsAnErrorAtTheDuration() {
        parse(GUIDE, guide("duration: 90", "  - {minutes: 25, activity: Check-in}\n  - {minutes: 60, activity: Talk}"));

        assertThat(problems).singleElement()
                .satisfies(error(GUIDE + ":5:11", "guide.agenda-total",
                        "agenda adds up to 85 minutes but 'duration' is 90"))
                .satisfies(d -> assertThat(d.hint()).contains("add up to 90", "duration: 85"));
    }

    @Test
    void theAgendaTotalIsNotCheckedWhenAnItemIsAlreadyWrong() {
        parse(GUIDE, guide("duration: 90", "  - {minutes: 25, activity: Check-in}\n  - {minutes: many, activity: Talk}"));

        assertThat(problems).singleElement().satisfies(error(GUIDE + ":8:15", "front-matter.type",
                "'agenda[2].minutes' must be a whole number"));
    }

    // ------------------------------------------------------------------------------------------ slug and tags

    @Test
    void aSlugMustBeLowercaseWordsJoinedBySingleHyphens() {
        PageMeta meta = parse(PAGE, "---\ntitle: About\nslug: About--Us\n---\n");

        assertThat(meta.slug()).isNull();
        assertThat(problems).singleElement()
                .satisfies(error(PAGE + ":3:7", "front-matter.value",
                        "'slug' must be lowercase letters, digits and single hyphens, not \"About--Us\""))
                .satisfies(d -> assertThat(d.hint()).isEqualTo("write the slug as about-us"));
    }

    @Test
    void tagsMustBeSlugsAndARepeatedTagIsAWarning() {
        PageMeta meta = parse(PAGE, "---\ntitle: About\ntags: [trust, Peer Groups, trust, Führung]\n---\n");

        assertThat(meta.tags()).containsExactly("trust");
        assertThat(problems.sorted()).satisfiesExactly(
                error(PAGE + ":3:15", "front-matter.value", "tag \"Peer Groups\" must be lowercase"),
                warning(PAGE + ":3:28", "front-matter.duplicate-tag", "tag \"trust\" is listed twice"),
                error(PAGE + ":3:35", "front-matter.value", "tag \"Führung\""));
        assertThat(problems.sorted().get(0).hint()).isEqualTo("write the tag as peer-groups");
        assertThat(problems.sorted().get(2).hint()).isEqualTo("write the tag as fuhrung");
    }

    // ------------------------------------------------------------------------------------------ unknown fields

    @Test
    void anUnknownFieldIsAWarningWithTheClosestKnownName() {
        PageMeta meta = parse(INTERVIEW, interview("tag: [trust]\nsumary: x\nmood: good"));

        assertThat(meta).isNotNull();
        assertThat(problems.sorted()).satisfiesExactly(
                warning(INTERVIEW + ":8:1", "front-matter.unknown-field", "unknown field 'tag'"),
                warning(INTERVIEW + ":9:1", "front-matter.unknown-field", "unknown field 'sumary'"),
                warning(INTERVIEW + ":10:1", "front-matter.unknown-field", "unknown field 'mood'"));
        assertThat(problems.sorted().get(0).hint()).isEqualTo("did you mean 'tags'?");
        assertThat(problems.sorted().get(1).hint()).isEqualTo("did you mean 'summary'?");
        assertThat(problems.sorted().get(2).hint()).startsWith("known fields here: title, summary, date, updated, interviewee");
    }

    @Test
    void unknownFieldsInsideNestedMapsAndFieldsOfOtherKindsAreNamed() {
        parse(INTERVIEW, interview("interviewee: {name: Leo, role: author, compnay: Acme}\nstages: []"));
        parse(CONCEPT, "---\ntitle: Connect\nsummary: Meeting peers.\nconcepts: [network]\n---\n");

        List<Diagnostic> sorted = problems.sorted();
        assertThat(sorted).satisfiesExactly(
                warning(CONCEPT + ":4:1", "front-matter.unknown-field", "unknown field 'concepts'"),
                warning(INTERVIEW + ":4:40", "front-matter.unknown-field", "unknown field 'interviewee.compnay'"),
                warning(INTERVIEW + ":5:1", "front-matter.unknown-field", "unknown field 'stages'"));
        assertThat(sorted.get(0).hint()).isEqualTo(
                "'concepts' belongs to interviews, frameworks, guides, not to concepts; link other concepts with 'related'");
        assertThat(sorted.get(1).hint()).isEqualTo("known fields here: name, role");
        assertThat(sorted.get(2).hint()).isEqualTo("'stages' belongs to frameworks, not to interviews");
    }

    // ------------------------------------------------------------------------------------------ all together

    @Test
    void fourPlantedErrorsInOneFileAreExactlyTheFourReported() {
        PageMeta meta = parse(GUIDE, """
                ---
                title: First meeting
                summary: yes
                audience: chairs
                duration: 60
                agenda:
                  - {minutes: 30, activity: Talk, concept: [a, b]}
                  - {minutes: 30, activity: ""}
                tags: Trust
                ---
                """);

        assertThat(meta).isNotNull();
        assertThat(problems.sorted()).satisfiesExactly(
                error(GUIDE + ":3:10", "front-matter.type", "'summary' must be text"),
                error(GUIDE + ":7:44", "front-matter.type", "'agenda[1].concept' must be text, not a list"),
                error(GUIDE + ":8:29", "front-matter.required", "'agenda[2].activity' is empty"),
                error(GUIDE + ":9:7", "front-matter.value", "tag \"Trust\" must be lowercase"));
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** A valid interview with one line replaced or added: {@code date:}, {@code interviewee:} or a new one. */
    private static String interview(String change) {
        String date = change.startsWith("date:") ? change : "date: 2024-05-01";
        String who = change.startsWith("interviewee:") ? change : "interviewee: {name: Leo, role: author}";
        String extra = change.startsWith("date:") || change.startsWith("interviewee:") ? "" : change + "\n";
        return "---\ntitle: Leo\n" + date + "\n" + who + "\nsummary: Why peers matter.\nconcepts: [connect]\n"
                + "tags: [trust]\n" + extra + "---\nBody\n";
    }

    /** A guide with the given duration line (line 5) and agenda items (from line 7). */
    private static String guide(String duration, String agenda) {
        return "---\ntitle: First meeting\nsummary: How to open.\naudience: chairs\n" + duration + "\nagenda:\n"
                + agenda + "\n---\n";
    }
}
