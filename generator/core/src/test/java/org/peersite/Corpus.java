package org.peersite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic generated site shaped like the benchmark corpus (concepts 5 %, at least 20; interviews 30 %;
 * frameworks 15 %; guides 50 %): front matter with the contract's field names, wiki-links in every form,
 * links between pages, plain-text concept mentions, tables, lists and task lists. The same size and seed
 * always give the same files.
 */
public final class Corpus {

    private static final String[] WORDS = ("peer leader group trust growth idea team market risk plan board "
            + "customer change story question answer meeting challenge decision goal value insight practice habit "
            + "focus time energy culture owner partner advice member").split(" ");
    private static final String[] TAGS = {"leadership", "peer-groups", "strategy", "facilitation", "trust",
            "growth", "decision-making", "accountability", "networking", "coaching"};
    private static final String[] BASES = {"Peer Advantage", "Connect", "Network", "Optimize", "Accelerate",
            "Peer Advisory Group", "Accountability", "Psychological Safety", "Hot Seat", "Collective Wisdom",
            "Candor", "Reciprocity", "Shared Purpose", "Confidentiality", "Active Listening", "Feedback Loop",
            "Executive Isolation", "Blind Spot", "Mastermind", "Peer Learning"};

    private final int pages;
    private final long seed;

    public Corpus(int pages, long seed) {
        this.pages = pages;
        this.seed = seed;
    }

    private record Entry(String kind, String slug, String title) {
    }

    /** Writes {@code content/} (with site.yaml and index.md) under {@code root}. */
    public Path write(Path root) throws IOException {
        int concepts = Math.max(20, pages * 5 / 100);
        int interviews = pages * 30 / 100;
        int frameworks = pages * 15 / 100;
        int guides = Math.max(1, pages - concepts - interviews - frameworks);
        List<Entry> conceptList = new ArrayList<>();
        for (int i = 0; i < concepts; i++) {
            String base = BASES[i % BASES.length];
            int round = i / BASES.length + 1;
            conceptList.add(new Entry("concepts", slug(base) + "-" + round, base + " " + round));
        }
        List<Entry> others = new ArrayList<>();
        for (int i = 0; i < interviews; i++) {
            others.add(new Entry("interviews", "interview-" + i, "Interview number " + i));
        }
        for (int i = 0; i < frameworks; i++) {
            others.add(new Entry("frameworks", "framework-" + i, "Framework number " + i));
        }
        for (int i = 0; i < guides; i++) {
            others.add(new Entry("guides", "guide-" + i, "Guide number " + i));
        }
        Path content = root.resolve("content");
        for (String folder : List.of("concepts", "interviews", "frameworks", "guides")) {
            Files.createDirectories(content.resolve(folder));
        }
        write(content.resolve("site.yaml"), "title: \"Generated corpus\"\nbaseUrl: \"https://example.org/corpus/\"\n"
                + "menu:\n  - {title: \"Guides\", url: \"/guides/\"}\n  - {title: \"Concepts\", url: \"/concepts/\"}\n");
        write(content.resolve("index.md"), "---\ntitle: \"Home\"\n---\n\nStart with [[" + others.get(0).slug()
                + "]] or the [[" + conceptList.get(0).slug() + "]] concept.\n");
        for (int i = 0; i < conceptList.size(); i++) {
            Random rng = new Random(seed * 31 + i);
            write(content.resolve("concepts/" + conceptList.get(i).slug() + ".md"), concept(rng, conceptList, i));
        }
        for (int i = 0; i < others.size(); i++) {
            Random rng = new Random(seed * 131 + i);
            Entry e = others.get(i);
            write(content.resolve(e.kind() + "/" + e.slug() + ".md"), page(rng, e, conceptList, others));
        }
        return content;
    }

    private static String concept(Random rng, List<Entry> concepts, int i) {
        Entry c = concepts.get(i);
        Entry related = concepts.get((i + 1 + rng.nextInt(concepts.size() - 1)) % concepts.size());
        return "---\ntitle: \"" + c.title() + "\"\naliases: [\"" + c.title() + " idea\"]\nsummary: \"" + c.title()
                + " is " + words(rng, 8) + ".\"\nrelated: [" + related.slug() + "]\ntags: [" + TAGS[rng.nextInt(TAGS.length)]
                + "]\ndate: 2024-01-" + String.format(Locale.ROOT, "%02d", 1 + i % 28) + "\n---\n\n"
                + paragraph(rng, 60) + "\n\nSee also [[" + related.slug() + "]].\n";
    }

    private static String page(Random rng, Entry e, List<Entry> concepts, List<Entry> others) {
        Entry c1 = concepts.get(rng.nextInt(concepts.size()));
        Entry c2 = concepts.get(rng.nextInt(concepts.size()));
        Entry c3 = concepts.get(rng.nextInt(concepts.size()));
        Entry other = others.get(rng.nextInt(others.size()));
        String date = "20" + (15 + rng.nextInt(11)) + "-0" + (1 + rng.nextInt(9)) + "-1" + rng.nextInt(10);
        StringBuilder fm = new StringBuilder("---\ntitle: \"" + e.title() + "\"\ndate: " + date + "\nsummary: \""
                + words(rng, 10) + ".\"\n");
        switch (e.kind()) {
            case "interviews" -> fm.append("interviewee:\n  name: \"Avery Lindqvist\"\n  role: \"founder\"\n");
            case "frameworks" -> fm.append("stages:\n  - name: \"First\"\n    concept: ").append(c1.slug())
                    .append("\n    summary: \"Begin.\"\n  - name: \"Second\"\n    concept: ").append(c2.slug())
                    .append("\n    summary: \"Then continue.\"\n");
            default -> {
                int a = 5 * (1 + rng.nextInt(6));
                int b = 5 * (1 + rng.nextInt(6));
                fm.append("audience: \"chief executives\"\nduration: ").append(a + b)
                        .append("\nagenda:\n  - minutes: ").append(a).append("\n    activity: \"Check-in\"\n    concept: ")
                        .append(c1.slug()).append("\n  - minutes: ").append(b).append("\n    activity: \"Hot seat\"\n");
            }
        }
        fm.append("concepts: [").append(c1.slug()).append(", ").append(c2.slug()).append("]\ntags: [")
                .append(TAGS[rng.nextInt(TAGS.length)]).append(", ").append(TAGS[rng.nextInt(TAGS.length)]).append("]\n---\n\n");
        StringBuilder body = new StringBuilder();
        body.append(paragraph(rng, 50)).append(" Read [[").append(c1.slug()).append("]] and [[").append(c2.slug())
                .append("|").append(c2.title().toLowerCase(Locale.ROOT)).append("]] first.\n\n");
        for (int q = 0; q < 4; q++) {
            body.append("## ").append(capital(words(rng, 5))).append(" ").append(q).append("?\n\n");
            body.append(paragraph(rng, 70)).append(q == 1 ? " Compare [[" + other.slug() + "|" + other.title() + "]]." : "")
                    .append(q == 2 ? " Leaders who practise " + c3.title().toLowerCase(Locale.ROOT) + " grow faster." : "")
                    .append("\n\n");
            if (q == 0) {
                body.append("- ").append(words(rng, 6)).append("\n- ").append(words(rng, 5)).append("\n\n");
            }
            if (q == 3) {
                body.append("| Year | What changed |\n|---:|:---|\n| 2019 | ").append(words(rng, 4))
                        .append(" |\n\n- [ ] ").append(words(rng, 4)).append("\n- [x] ").append(words(rng, 3)).append("\n\n");
            }
        }
        body.append("> ").append(paragraph(rng, 20)).append("\n");
        return fm + body.toString();
    }

    private static String paragraph(Random rng, int words) {
        StringBuilder out = new StringBuilder();
        int sentence = 0;
        for (int i = 0; i < words; i++) {
            String w = WORDS[rng.nextInt(WORDS.length)];
            out.append(sentence == 0 ? capital(w) : w);
            sentence++;
            if (sentence > 8 && rng.nextInt(4) == 0) {
                out.append(i == words - 1 ? "" : ".");
                sentence = 0;
            }
            out.append(i == words - 1 ? "." : " ");
        }
        return out.toString();
    }

    private static String words(Random rng, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(WORDS[rng.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
