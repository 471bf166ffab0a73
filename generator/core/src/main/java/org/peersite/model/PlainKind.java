package org.peersite.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersite.internal.Decoder;
import org.peersite.internal.Encoder;

/**
 * A plain page (any file outside the typed folders; {@code content/index.md} is the home page). Its own fields
 * are the Obsidian properties peersite understands: {@code aliases} (or {@code alias}), one text or a list, which
 * links may use; {@code cssclasses} (or {@code cssclass}) for the theme; and {@code publish: false}, which
 * leaves the note out of the site.
 */
final class PlainKind extends KindSpec<PlainKind.Plain> {

    /** The smallest front matter of this kind, shown when a file has none. */
    private static final String MINIMAL = """
            ---
            title: "About"
            ---""";

    static final PlainKind SPEC = new PlainKind();

    /**
     * A plain page's own fields.
     *
     * @param aliases    other names of the page, for links
     * @param cssClasses classes the theme puts on the page's content element
     * @param published  {@code false} for a note the author keeps out of the site ({@code publish: false})
     */
    record Plain(List<String> aliases, List<String> cssClasses, boolean published) implements PageMeta.Details {
        Plain {
            aliases = List.copyOf(aliases);
            cssClasses = List.copyOf(cssClasses);
        }

        @Override
        public List<String> aliases() {
            return aliases;
        }

        @Override
        public boolean published() {
            return published;
        }
    }

    private PlainKind() {
        super(Plain.class, Set.of(Trait.SUMMARY_OPTIONAL), Set.of(),
                Map.of(), MINIMAL, null);
    }

    @Override
    Plain read(YamlMap fm) {
        Boolean publish = fm.bool("publish");
        return new Plain(aliases(fm), texts(fm, "cssclasses", "cssclass"),
                !Boolean.FALSE.equals(publish));
    }

    @Override
    Plain placeholder() {
        return new Plain(List.of(), List.of(), true);
    }

    @Override
    void pageFields(Plain plain, PageMeta meta, PageFields out) {
        out.put("aliases", plain.aliases());
        out.put("cssClasses", plain.cssClasses());
    }

    @Override
    void searchText(Plain plain, SearchFields out) {
        plain.aliases().forEach(out::alias);
    }

    @Override
    void encode(Plain plain, Encoder out) throws IOException {
        out.strings(plain.aliases());
        out.strings(plain.cssClasses());
        out.bool(plain.published());
    }

    @Override
    public Plain decode(Decoder in) throws IOException {
        return new Plain(in.strings(), in.strings(), in.bool());
    }
}
