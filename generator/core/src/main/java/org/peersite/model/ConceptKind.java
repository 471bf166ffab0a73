package org.peersite.model;

import java.io.IOException;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.peersite.internal.Decoder;
import org.peersite.internal.Encoder;

/**
 * A concept: its {@code summary} is its one-sentence definition; other names for it ({@code aliases}), which links
 * and mentions use too, and the concepts it is {@code related} to. What the site says about a concept (who
 * mentions it, the stages that stand for it, its neighbours on the map) is the graph's.
 */
final class ConceptKind extends KindSpec<ConceptKind.Concept> {

    /** The smallest front matter of this kind, shown when a file has none. */
    private static final String MINIMAL = """
            ---
            title: "Peer advantage"
            summary: "One sentence that defines the concept."
            ---""";

    /** The front matter of its own and the body a new concept starts from when the theme has none. */
    private static final String ARCHETYPE = """
            summary: "One sentence that defines the concept."
            # A draft is shown by peersite serve and left out of builds; remove this line to publish.
            draft: true
            ---

            What the concept means in practice, with an example.
            """;

    static final ConceptKind SPEC = new ConceptKind();

    /** A concept's own fields. */
    record Concept(List<String> aliases, List<Ref> related) implements PageMeta.Details {
        Concept {
            aliases = List.copyOf(aliases);
            related = List.copyOf(related);
        }

        @Override
        public List<Ref> references() {
            return related;
        }
    }

    private ConceptKind() {
        super(Concept.class, Set.of(), Set.of("aliases", "related"),
                Map.of(), MINIMAL, ARCHETYPE);
    }

    @Override
    Concept read(YamlMap fm) {
        List<String> aliases = fm.textList("aliases").stream().map(YamlMap.Scalar::value).toList();
        return new Concept(aliases, fm.refList("related"));
    }

    @Override
    Concept placeholder() {
        return new Concept(List.of(), List.of());
    }

    /** A concept asked to list concepts: the field for that is 'related'. */
    @Override
    String moreHint(String field) {
        return field.equals("concepts") ? "; link other concepts with 'related'" : "";
    }

    @Override
    void pageFields(Concept concept, PageMeta meta, PageFields out) {
        out.put("definition", meta.summary());
        out.put("aliases", concept.aliases());
    }

    @Override
    void searchText(Concept concept, SearchFields out) {
        concept.aliases().forEach(out::alias);
    }

    @Override
    void encode(Concept concept, Encoder out) throws IOException {
        out.strings(concept.aliases());
        Ref.encodeAll(concept.related(), out);
    }

    @Override
    public Concept decode(Decoder in) throws IOException {
        return new Concept(in.strings(), Ref.decodeAll(in));
    }
}
