package org.peersite.model;

import static org.peersite.model.YamlMap.Presence.REQUIRED;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import org.peersite.internal.Decoder;
import org.peersite.internal.Encoder;

/** A framework: its ordered {@code stages}, each a {@code name}, the {@code concept} it stands for and a {@code summary}. */
final class FrameworkKind extends KindSpec<FrameworkKind.Framework> {

    private static final Map<String, String> EXAMPLES = Map.of(
            "stages", "stages: [{name: \"Connect\", concept: connect, summary: \"Meet your peers.\"}]",
            "stages.name", "name: \"Connect\"",
            "stages.concept", "concept: connect",
            "stages.summary", "summary: \"Meet your peers.\"");

    /** The smallest front matter of this kind, shown when a file has none. */
    private static final String MINIMAL = """
            ---
            title: "The Peer Ladder"
            summary: "One sentence on what the framework explains."
            stages:
              - name: "Connect"
                concept: connect
                summary: "Meet your peers."
            ---""";

    /**
     * The front matter of its own and the body a new framework starts from when the theme has none. A stage must
     * name a concept: the placeholder
     * fails the build with a "did you mean" hint until it is replaced, which is what we want for a framework
     * nobody has written yet.
     */
    // A stage must name a concept: {{concept}} takes the site's own, so that the new page builds.
    private static final String ARCHETYPE = """
            summary: "One sentence on what the framework explains."
            # Each stage names the concept it stands for: a concept of this site, by slug, title or alias.
            stages:
              - name: "The first stage"
                concept: {{concept}}
                summary: "What happens at this stage."
              - name: "The second stage"
                concept: {{concept}}
                summary: "What happens at this stage."
            # A draft is shown by peersite serve and left out of builds; remove this line to publish.
            draft: true
            ---

            How the stages follow one another, and where the framework comes from.
            """;

    static final FrameworkKind SPEC = new FrameworkKind();

    /** One stage of a framework, tied to the concept it stands for. */
    record Stage(String name, Ref concept, String summary) {
    }

    /** A framework's own fields. */
    record Framework(List<Stage> stages, List<String> aliases) implements PageMeta.Details {
        Framework {
            stages = List.copyOf(stages);
            aliases = List.copyOf(aliases);
        }

        @Override
        public List<String> aliases() {
            return aliases;
        }

        @Override
        public List<Ref> references() {
            return stages.stream().map(Stage::concept).toList();
        }

        @Override
        public Optional<String> referenceContext(Ref ref) {
            return stages.stream().filter(s -> s.concept() == ref).findFirst().map(s -> s.name() + ": " + s.summary());
        }

        @Override
        public List<PageMeta.Step> steps() {
            return stages.stream().map(s -> new PageMeta.Step(s.name(), s.concept())).toList();
        }
    }

    private FrameworkKind() {
        super(Framework.class, Set.of(Trait.LISTS_CONCEPTS, Trait.ARTICLE), Set.of("stages", "aliases", "alias"),
                EXAMPLES, MINIMAL, ARCHETYPE);
    }

    @Override
    Framework read(YamlMap fm) {
        List<Stage> stages = new ArrayList<>();
        for (YamlMap stage : fm.mapList("stages", REQUIRED)) {
            stages.add(new Stage(stage.text("name", REQUIRED), stage.ref("concept", REQUIRED),
                    stage.text("summary", REQUIRED)));
        }
        return new Framework(stages, aliases(fm));
    }

    @Override
    Framework placeholder() {
        return new Framework(List.of(), List.of());
    }
    @Override
    void pageFields(Framework framework, PageMeta meta, PageFields out) {
        List<Object> stages = new ArrayList<>();
        int number = 1;
        for (Stage stage : framework.stages()) {
            stages.add(out.map("number", number++, "name", stage.name(), "summary", stage.summary(),
                    "concept", out.concept(stage.concept(), true)));
        }
        out.put("stages", List.copyOf(stages));
    }

    @Override
    void listFacts(Framework framework, PageFields out) {
        int stages = framework.stages().size();
        out.put("stageCount", stages);
        out.put("stagesDisplay", out.count("count.stages", stages));
    }

    @Override
    void searchText(Framework framework, SearchFields out) {
        framework.aliases().forEach(out::alias);
        for (Stage stage : framework.stages()) {
            out.heading(stage.name());
            out.body(stage.summary());
        }
    }

    @Override
    void encode(Framework framework, Encoder out) throws IOException {
        out.number(framework.stages().size());
        for (Stage stage : framework.stages()) {
            out.string(stage.name());
            Ref.encode(stage.concept(), out);
            out.string(stage.summary());
        }
        out.strings(framework.aliases());
    }

    @Override
    public Framework decode(Decoder in) throws IOException {
        int n = in.count();
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            stages.add(new Stage(in.string(), Ref.decode(in), in.string()));
        }
        return new Framework(stages, in.strings());
    }
}
