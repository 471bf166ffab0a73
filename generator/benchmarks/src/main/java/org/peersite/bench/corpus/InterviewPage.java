package org.peersite.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An interview: 6 to 12 {@code ##} questions, each answered in 2 to 4 paragraphs, some bullet lists, one
 * blockquote, and a table in one interview in five.
 */
final class InterviewPage {

    private InterviewPage() {
    }

    static String write(PageContext c) {
        Prose prose = c.prose;
        PageContext.References refs = c.references();
        int questions = prose.between(6, 12);
        List<String> topics = prose.sample(Vocabulary.TOPICS, questions);
        int[] answers = new int[questions];
        int paragraphs = 0;
        for (int q = 0; q < questions; q++) {
            answers[q] = prose.between(2, 4);
            paragraphs += answers[q];
        }
        List<List<String>> slots = c.spread(refs.inline(), paragraphs);
        int quoteAt = prose.between(0, questions - 1);
        int tableAt = prose.chance(0.2) ? prose.between(0, questions - 1) : -1;

        FrontMatter front = new FrontMatter()
                .text("title", c.page.title())
                .plain("date", c.page.date())
                .open("interviewee")
                .text("  name", c.page.person())
                .text("  role", prose.pick(Vocabulary.ROLES))
                .text("interviewer", prose.pick(Vocabulary.FIRST_NAMES) + " " + prose.pick(Vocabulary.LAST_NAMES))
                .text("summary", c.page.person() + " talks about " + topics.get(0) + " and "
                        + prose.phrase(4, 9).toLowerCase(Locale.ROOT) + ".");
        if (prose.chance(0.4)) {
            front.text("publication", prose.pick(Vocabulary.PUBLICATIONS));
        }
        front.list("concepts", refs.conceptSlugs()).list("tags", c.tags(2, 4));

        List<String> body = new ArrayList<>();
        body.add(prose.paragraph(prose.between(50, 90)));
        int slot = 0;
        for (int q = 0; q < questions; q++) {
            body.add("## " + String.format(Locale.ROOT, prose.pick(Vocabulary.QUESTIONS), topics.get(q)));
            for (int a = 0; a < answers[q]; a++) {
                body.add(prose.paragraph(prose.between(40, 85), slots.get(slot++)));
                if (a == 0 && prose.chance(0.3)) {
                    body.add(prose.list(prose.between(3, 5), false));
                }
            }
            if (q == quoteAt) {
                body.add("> " + prose.paragraph(prose.between(20, 35)) + "\n>\n> \u2014 " + c.page.person());
            }
            if (q == tableAt) {
                body.add(table(prose));
            }
        }
        return front.end() + String.join("\n\n", body) + "\n";
    }

    /** How the interviewee's group grew, year by year. */
    private static String table(Prose prose) {
        StringBuilder table = new StringBuilder("| Year | Members | What changed |\n|---:|---:|:---|");
        int year = prose.between(2008, 2018);
        int rows = prose.between(3, 6);
        for (int r = 0; r < rows; r++) {
            table.append("\n| ").append(year + r).append(" | ").append(prose.between(6, 16)).append(" | ")
                    .append(prose.phrase(3, 8)).append(" |");
        }
        return table.toString();
    }
}
