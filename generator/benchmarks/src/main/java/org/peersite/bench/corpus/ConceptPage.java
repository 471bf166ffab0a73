package org.peersite.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A concept: title, aliases, a one-sentence summary, related concepts, two or three paragraphs, "See also". */
final class ConceptPage {

    private ConceptPage() {
    }

    static String write(PageContext c) {
        Prose prose = c.prose;
        List<PlannedPage> related = prose.sample(c.plan.concepts(), 5).stream().filter(o -> o != c.page)
                .limit(prose.between(2, 4)).toList();
        String front = new FrontMatter()
                .text("title", c.page.title())
                .list("aliases", c.page.aliases())
                .text("summary", c.page.title() + " is " + prose.phrase(6, 14).toLowerCase(Locale.ROOT) + ".")
                .list("related", related.stream().map(PlannedPage::slug).toList())
                .list("tags", c.tags(1, 3))
                .plain("date", c.page.date())
                .end();
        List<String> body = new ArrayList<>();
        body.add(prose.paragraph(prose.between(50, 90)));
        body.add(prose.paragraph(prose.between(40, 80)));
        if (prose.chance(0.5)) {
            body.add("## In practice");
            body.add(prose.list(prose.between(3, 5), false));
        } else {
            body.add(prose.paragraph(prose.between(30, 60)));
        }
        body.add("See also: " + related.stream().map(c::conceptLink).collect(Collectors.joining(", ")) + ".");
        return front + String.join("\n\n", body) + "\n";
    }
}
