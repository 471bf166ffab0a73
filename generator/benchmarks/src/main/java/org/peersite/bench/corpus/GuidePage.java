package org.peersite.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A group guide: an agenda of 4 to 8 time boxes whose minutes add up to its {@code duration}, checklists
 * before and after the meeting, and facilitation notes.
 */
final class GuidePage {

    private static final List<Integer> TIME_BOXES = List.of(5, 10, 15, 20, 30, 45, 60);

    private GuidePage() {
    }

    /** @param concept the concept the time box is about, or {@code null} */
    private record TimeBox(int minutes, String activity, PlannedPage concept) {
    }

    static String write(PageContext c) {
        Prose prose = c.prose;
        PageContext.References refs = c.references();
        List<TimeBox> agenda = new ArrayList<>();
        for (String activity : prose.sample(Vocabulary.ACTIVITIES, prose.between(4, 8))) {
            PlannedPage concept = prose.chance(0.4) ? prose.pick(refs.concepts()) : null;
            agenda.add(new TimeBox(prose.pick(TIME_BOXES), activity, concept));
        }
        int duration = agenda.stream().mapToInt(TimeBox::minutes).sum();
        int notes = prose.between(4, 6);
        List<List<String>> slots = c.spread(refs.inline(), 1 + notes);

        FrontMatter front = new FrontMatter()
                .text("title", c.page.title())
                .plain("date", c.page.date())
                .text("summary", "How to go about " + c.page.title().toLowerCase(Locale.ROOT) + ": "
                        + prose.phrase(4, 9).toLowerCase(Locale.ROOT) + ".")
                .text("audience", prose.pick(Vocabulary.AUDIENCES))
                .plain("duration", duration)
                .open("agenda");
        for (TimeBox box : agenda) {
            front.plain("  - minutes", box.minutes()).text("    activity", box.activity());
            if (box.concept() != null) {
                front.plain("    concept", box.concept().slug());
            }
        }
        front.list("concepts", refs.conceptSlugs()).list("tags", c.tags(2, 4));

        List<String> body = new ArrayList<>();
        body.add(prose.paragraph(prose.between(55, 90), slots.get(0)));
        body.add("## Agenda");
        StringBuilder table = new StringBuilder("| Time | Minutes | Activity |\n|---|---:|---|");
        int clock = 0;
        for (TimeBox box : agenda) {
            table.append('\n').append(String.format(Locale.ROOT, "| %02d:%02d | %d | %s: %s |", 9 + clock / 60, clock % 60,
                    box.minutes(), box.activity(), prose.phrase(3, 7).toLowerCase(Locale.ROOT)));
            clock += box.minutes();
        }
        body.add(table.toString());
        body.add("## Before the meeting");
        body.add(checklist(prose, prose.between(4, 7)));
        body.add("## Facilitation notes");
        for (int k = 0; k < notes; k++) {
            if (k > 0 && k % 3 == 0) {
                body.add("### " + prose.phrase(2, 5));
            }
            body.add(prose.paragraph(prose.between(60, 100), slots.get(1 + k)));
            if (prose.chance(0.2)) {
                body.add(prose.list(prose.between(3, 5), false));
            }
        }
        body.add("## After the meeting");
        body.add(checklist(prose, prose.between(3, 5)));
        return front.end() + String.join("\n\n", body) + "\n";
    }

    private static String checklist(Prose prose, int items) {
        return String.join("\n", prose.sample(Vocabulary.CHECKLIST, items).stream().map(i -> "- [ ] " + i).toList());
    }
}
