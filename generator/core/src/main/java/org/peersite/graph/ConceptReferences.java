package org.peersite.graph;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.peersite.diag.Diagnostics;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.PageMeta;
import org.peersite.model.Ref;

/**
 * The concept references of a page's front matter ({@code concepts:}, a stage's or agenda item's
 * {@code concept}, a concept's {@code related}), each resolved to a concept page: a name that is no page, names a
 * page that is not a concept, or names several is reported at the reference. Thread-safe.
 */
final class ConceptReferences {

    private final SiteIndex index;
    private final LinkProblems problems;

    ConceptReferences(SiteIndex index, LinkProblems problems) {
        this.index = index;
        this.problems = problems;
    }

    /** Every concept reference in the front matter, in the order written. */
    static List<Ref> of(PageMeta meta) {
        List<Ref> refs = new ArrayList<>(meta.concepts());
        refs.addAll(meta.details().references());
        refs.removeIf(Objects::isNull);
        return refs;
    }

    /**
     * The page's references that resolved, each to its concept's content path (by the reference's identity); the
     * names they asked the index for are added to {@code asked}.
     */
    Map<Ref, String> resolve(Page page, Diagnostics out, Set<String> asked) {
        Map<Ref, String> resolved = new IdentityHashMap<>();
        for (Ref ref : of(page.meta())) {
            Page concept = concept(page, ref, out, asked);
            if (concept != null) {
                resolved.put(ref, concept.path());
            }
        }
        return resolved;
    }

    private Page concept(Page page, Ref ref, Diagnostics out, Set<String> asked) {
        Lookup lookup = index.find(ref.text(), asked);
        if (lookup instanceof Lookup.Found found) {
            if (found.page().kind() == Kind.CONCEPT) {
                return found.page();
            }
            out.add(problems.broken(page, ref.position(), "'" + ref.text() + "' is "
                            + LinkProblems.article(found.page().kind()) + " (" + found.page().path() + "), not a concept",
                    LinkProblems.conceptHint(index.suggestConcepts(ref.text()))).withCode("link.not-a-concept"));
            return null;
        }
        if (lookup instanceof Lookup.Ambiguous ambiguous) {
            List<Page> conceptsOnly = ambiguous.candidates().stream().filter(p -> p.kind() == Kind.CONCEPT).toList();
            if (conceptsOnly.size() == 1) {
                return conceptsOnly.get(0);
            }
            out.add(problems.ambiguous(page, ref.position(), "'" + ref.text() + "'", ambiguous.candidates()));
            return null;
        }
        out.add(problems.broken(page, ref.position(), "no concept is called '" + ref.text() + "'",
                LinkProblems.conceptHint(index.suggestConcepts(ref.text()))));
        return null;
    }
}
