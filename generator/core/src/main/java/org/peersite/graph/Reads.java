package org.peersite.graph;

import java.util.HashSet;
import java.util.Set;

/**
 * The facts one rendered file read while its model was built and its layout ran: what it depends on. Filled by a
 * {@link SiteView} on the thread that renders the file; not thread-safe.
 */
public final class Reads {

    private final Set<Fact> facts = new HashSet<>();

    public void add(Fact fact) {
        facts.add(fact);
    }

    public void add(Fact.Type type, String key) {
        facts.add(new Fact(type, key));
    }

    public Set<Fact> facts() {
        return Set.copyOf(facts);
    }
}
