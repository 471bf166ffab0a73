package org.peersite.bench.corpus;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A framework: 3 to 7 stages, each tied to a concept, listed in order, then one {@code ###} section per stage,
 * common mistakes and where to start.
 */
final class FrameworkPage {

    private FrameworkPage() {
    }

    /** A stage: its name is its concept's title without the number ("Accelerate" for "Accelerate 3"). */
    private record Stage(String name, PlannedPage concept, String summary, boolean secondParagraph) {
    }

    static String write(PageContext c) {
        Prose prose = c.prose;
        PageContext.References refs = c.references();
        List<Stage> stages = new ArrayList<>();
        for (PlannedPage concept : prose.sample(c.plan.concepts(), prose.between(3, 7))) {
            String name = concept.title().substring(0, concept.title().lastIndexOf(' '));
            stages.add(new Stage(name, concept, prose.phrase(5, 11) + ".", prose.chance(0.4)));
        }
        int paragraphs = 3 + stages.size() + (int) stages.stream().filter(Stage::secondParagraph).count();
        Iterator<List<String>> slots = c.spread(refs.inline(), paragraphs).iterator();

        FrontMatter front = new FrontMatter()
                .text("title", c.page.title())
                .plain("date", c.page.date())
                .text("summary", c.page.title() + " explains " + prose.phrase(5, 10).toLowerCase(Locale.ROOT) + ".")
                .open("stages");
        for (Stage stage : stages) {
            front.text("  - name", stage.name()).plain("    concept", stage.concept().slug())
                    .text("    summary", stage.summary());
        }
        front.list("concepts", refs.conceptSlugs()).list("tags", c.tags(2, 4));

        List<String> body = new ArrayList<>();
        body.add(prose.paragraph(prose.between(55, 90), slots.next()));
        body.add("## Overview");
        body.add(prose.paragraph(prose.between(45, 80), slots.next()));
        StringBuilder numbered = new StringBuilder();
        for (int k = 0; k < stages.size(); k++) {
            numbered.append(k == 0 ? "" : "\n").append(k + 1).append(". **").append(stages.get(k).name())
                    .append("**: ").append(stages.get(k).summary());
        }
        body.add(numbered.toString());
        body.add("## The stages");
        for (int k = 0; k < stages.size(); k++) {
            Stage stage = stages.get(k);
            body.add("### Stage " + (k + 1) + ": " + stage.name());
            body.add(prose.paragraph(prose.between(60, 100), slots.next()));
            if (prose.chance(0.5)) {
                body.add(prose.list(prose.between(2, 4), true));
            }
            if (stage.secondParagraph()) {
                body.add(prose.paragraph(prose.between(45, 85), slots.next()));
            }
        }
        body.add("## Common mistakes");
        body.add(prose.list(prose.between(3, 5), false));
        body.add("## Where to start");
        body.add(prose.paragraph(prose.between(45, 80), slots.next()));
        return front.end() + String.join("\n\n", body) + "\n";
    }
}
