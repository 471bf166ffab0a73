package org.peersite.model;

import static org.peersite.model.YamlMap.Presence.OPTIONAL;
import static org.peersite.model.YamlMap.Presence.REQUIRED;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.peersite.internal.Decoder;
import org.peersite.internal.Encoder;

/**
 * An interview: who was asked ({@code interviewee}: {@code name}, {@code role}), by whom ({@code interviewer}),
 * where it appeared ({@code publication}, {@code source}: {@code title}, {@code url}); dated, and its body's
 * {@code ##} headings are its questions.
 */
final class InterviewKind extends KindSpec<InterviewKind.Interview> {

    private static final Map<String, String> EXAMPLES = Map.of(
            "interviewee", "interviewee: {name: \"Ada Byron\", role: \"founder\"}",
            "interviewee.name", "name: \"Ada Byron\"",
            "interviewee.role", "role: \"founder\"",
            "source", "source: {title: \"Leaders Quarterly\", url: \"https://example.org/article\"}",
            "source.title", "title: \"Leaders Quarterly\"");

    /** The smallest front matter of this kind, shown when a file has none. */
    private static final String MINIMAL = """
            ---
            title: "A conversation about peers"
            date: 2024-05-01
            interviewee:
              name: "Ada Byron"
              role: "founder"
            summary: "One sentence on what the interview is about."
            ---""";

    /** The front matter of its own and the body a new interview starts from when the theme has none. */
    private static final String ARCHETYPE = """
            interviewee:
              name: "Name of the person interviewed"
              role: "Their role and organisation"
            summary: "One or two sentences on what the interview is about."
            # A draft is shown by peersite serve and left out of builds; remove this line to publish.
            draft: true
            ---

            Who was interviewed, where the interview appeared, and why it matters.

            ## The first question?

            The answer, quoted or faithfully paraphrased.
            """;

    static final InterviewKind SPEC = new InterviewKind();

    /** A person named in front matter. */
    record Person(String name, String role) {
    }

    /** Where an interview was first published. */
    record Source(String title, String url) {
    }

    /** An interview's own fields. */
    record Interview(Person interviewee, String interviewer, String publication, Source source, List<String> aliases)
            implements PageMeta.Details {
        Interview {
            aliases = List.copyOf(aliases);
        }

        @Override
        public List<String> aliases() {
            return aliases;
        }

        @Override
        public Optional<String> externalUrl() {
            return source == null ? Optional.empty() : Optional.ofNullable(source.url());
        }
    }

    private InterviewKind() {
        super(Interview.class, Set.of(Trait.DATE_REQUIRED, Trait.LISTS_CONCEPTS, Trait.ARTICLE, Trait.QUESTIONS), Set.of("interviewee", "interviewer", "publication", "source", "aliases", "alias"),
                EXAMPLES, MINIMAL, ARCHETYPE);
    }

    @Override
    Interview read(YamlMap fm) {
        YamlMap who = fm.map("interviewee", REQUIRED);
        Person interviewee = who == null ? null : new Person(who.text("name", REQUIRED), who.text("role", REQUIRED));
        String interviewer = fm.text("interviewer", OPTIONAL);
        String publication = fm.text("publication", OPTIONAL);
        YamlMap from = fm.map("source", OPTIONAL);
        Source source = from == null ? null : new Source(from.text("title", REQUIRED), MetaParser.webUrl(from, "url"));
        return new Interview(interviewee, interviewer, publication, source, aliases(fm));
    }

    @Override
    Interview placeholder() {
        return new Interview(null, null, null, null, List.of());
    }

    @Override
    void pageFields(Interview interview, PageMeta meta, PageFields out) {
        out.put("interviewee", out.map("name", interview.interviewee().name(), "role",
                interview.interviewee().role()));
        out.put("interviewer", interview.interviewer());
        out.put("publication", interview.publication());
        if (interview.source() != null) {
            out.put("originalSource", out.map("title", interview.source().title(), "url", interview.source().url()));
        }
    }

    @Override
    void listFacts(Interview interview, PageFields out) {
        if (interview.interviewee() != null) {
            out.put("interviewee", out.map("name", interview.interviewee().name(), "role",
                    interview.interviewee().role()));
        }
    }

    @Override
    void searchText(Interview interview, SearchFields out) {
        interview.aliases().forEach(out::alias);
        out.summary(interview.interviewee().name());
        if (interview.interviewee().role() != null) {
            out.summary(interview.interviewee().role());
        }
    }

    @Override
    void encode(Interview interview, Encoder out) throws IOException {
        out.string(interview.interviewee() == null ? null : interview.interviewee().name());
        out.string(interview.interviewee() == null ? null : interview.interviewee().role());
        out.string(interview.interviewer());
        out.string(interview.publication());
        out.bool(interview.source() != null);
        if (interview.source() != null) {
            out.string(interview.source().title());
            out.string(interview.source().url());
        }
        out.strings(interview.aliases());
    }

    @Override
    public Interview decode(Decoder in) throws IOException {
        String name = in.string();
        String role = in.string();
        Person interviewee = name == null && role == null ? null : new Person(name, role);
        String interviewer = in.string();
        String publication = in.string();
        Source source = in.bool() ? new Source(in.string(), in.string()) : null;
        return new Interview(interviewee, interviewer, publication, source, in.strings());
    }
}
