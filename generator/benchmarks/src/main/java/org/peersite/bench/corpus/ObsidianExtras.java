package org.peersite.bench.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Obsidian-flavoured Markdown added to some pages of a corpus, so that a benchmark measures what callouts,
 * highlights, comments, block ids and embeds of notes cost: one page in four gets a callout with a highlight, a
 * comment and a block id; a page that is not a concept also embeds a concept (concepts embed nothing, so embeds
 * never form a cycle). Embeds are wiki syntax: a corpus with Markdown links gets the callouts only. Each page
 * draws from a stream of its own, apart from its text's, so a corpus without extras keeps its words.
 */
final class ObsidianExtras {

    private static final long SALT = 0x0B51_D1A4L;

    private ObsidianExtras() {
    }

    /** The page's text with its extras appended, or as it was when the page gets none. */
    static String add(String text, CorpusPlan plan, PlannedPage page, long seed, LinkStyle links) {
        Random random = new Random(Seeds.page(seed, page.kind(), page.index()) ^ SALT);
        if (random.nextInt(4) != 0) {
            return text;
        }
        Prose prose = new Prose(random);
        String title = prose.phrase(2, 4);
        StringBuilder extra = new StringBuilder("\n> [!tip] ").append(title).append('\n')
                .append("> ").append(prose.phrase(6, 12)).append(" ==")
                .append(prose.phrase(2, 3).toLowerCase(Locale.ROOT)).append("== ")
                .append(prose.phrase(3, 6).toLowerCase(Locale.ROOT)).append(". %%an editor's note%% ^takeaway\n");
        if (page.kind() != PageKind.CONCEPT && links == LinkStyle.WIKI) {
            List<PlannedPage> concepts = plan.concepts();
            extra.append("\n![[").append(concepts.get(random.nextInt(concepts.size())).slug()).append("]]\n");
        }
        return text + extra;
    }
}
