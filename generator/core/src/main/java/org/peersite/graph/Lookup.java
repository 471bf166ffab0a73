package org.peersite.graph;

import java.util.List;

import org.peersite.model.Page;

/** The answer to "which page is this name?": one page, several (ambiguous), or none (with suggestions). */
public sealed interface Lookup {

    /**
     * @param byName whether the page was found by its title or an alias (not by slug or path): a link written
     *               that way shows the words as written
     */
    record Found(Page page, boolean byName) implements Lookup {
    }

    record Ambiguous(List<Page> candidates) implements Lookup {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    record Missing(List<String> suggestions) implements Lookup {
        public Missing {
            suggestions = List.copyOf(suggestions);
        }
    }
}
