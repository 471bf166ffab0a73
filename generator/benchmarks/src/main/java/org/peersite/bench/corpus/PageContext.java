package org.peersite.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What writing one page needs: the plan (to link and mention other pages), the page itself, its own random
 * stream and the link style. Not thread-safe (the stream); one per page.
 */
final class PageContext {

    /** Weights for the kind of page an interview, framework or guide links to: the corpus's own shares. */
    private static final double INTERVIEW_SHARE = 30 / 95.0;
    private static final double FRAMEWORK_SHARE = 15 / 95.0;

    final CorpusPlan plan;
    final PlannedPage page;
    final Prose prose;
    final LinkStyle links;

    PageContext(CorpusPlan plan, PlannedPage page, long seed, LinkStyle links) {
        this.plan = plan;
        this.page = page;
        this.prose = new Prose(new Random(Seeds.page(seed, page.kind(), page.index())));
        this.links = links;
    }

    String conceptLink(PlannedPage concept) {
        return links.concept(concept, page.kind(), prose.draw());
    }

    /** Front matter tags: {@code low} to {@code high} of the fixed list. */
    List<String> tags(int low, int high) {
        return prose.sample(Vocabulary.TAGS, prose.between(low, high));
    }

    /**
     * The references every interview, framework and guide carries: links to 3 to 8 concepts (also its
     * {@code concepts} field), links to 2 to 4 other interviews, frameworks or guides, and 1 to 3 concepts named
     * in plain text by their title or an alias, for automatic concept linking. The first page link goes to the
     * next page of the same kind, so that every page can be reached from the home page by following links.
     */
    References references() {
        List<PlannedPage> concepts = prose.sample(plan.concepts(), prose.between(3, 8));
        List<String> inline = new ArrayList<>();
        concepts.forEach(c -> inline.add(conceptLink(c)));
        for (PlannedPage other : otherPages(prose.between(2, 4))) {
            inline.add(links.page(other, page.kind(), prose.draw()));
        }
        for (PlannedPage named : prose.sample(plan.concepts(), prose.between(1, 3))) {
            List<String> names = new ArrayList<>(named.aliases());
            names.add(0, named.title());
            inline.add(prose.pick(names));
        }
        prose.shuffle(inline);
        return new References(concepts, inline);
    }

    private List<PlannedPage> otherPages(int wanted) {
        List<PlannedPage> same = plan.pages(page.kind());
        int available = plan.pages(PageKind.INTERVIEW).size() + plan.pages(PageKind.FRAMEWORK).size()
                + plan.pages(PageKind.GUIDE).size() - 1;
        List<PlannedPage> chosen = new ArrayList<>();
        if (same.size() > 1) {
            chosen.add(same.get((page.index() + 1) % same.size()));
        }
        while (chosen.size() < Math.min(wanted, available)) {
            double kind = prose.draw();
            List<PlannedPage> from = plan.pages(kind < INTERVIEW_SHARE ? PageKind.INTERVIEW
                    : kind < INTERVIEW_SHARE + FRAMEWORK_SHARE ? PageKind.FRAMEWORK : PageKind.GUIDE);
            PlannedPage other = prose.pick(from);
            if (other != page && !chosen.contains(other)) {
                chosen.add(other);
            }
        }
        return chosen;
    }

    /** Spreads inline references over {@code slots} paragraphs at random: one list per paragraph. */
    List<List<String>> spread(List<String> inline, int slots) {
        List<List<String>> out = new ArrayList<>(slots);
        for (int i = 0; i < slots; i++) {
            out.add(new ArrayList<>());
        }
        for (String bit : inline) {
            out.get(prose.between(0, slots - 1)).add(bit);
        }
        return out;
    }

    /** @param concepts the linked concepts, for the {@code concepts} field; @param inline links and names, shuffled */
    record References(List<PlannedPage> concepts, List<String> inline) {

        List<String> conceptSlugs() {
            return concepts.stream().map(PlannedPage::slug).toList();
        }
    }
}
