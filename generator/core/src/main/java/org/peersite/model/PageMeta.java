package org.peersite.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A page's validated front matter: the fields every kind shares, and the kind's own in {@link #details()}.
 *
 * @param title    the page title
 * @param summary  one or two sentences (required for every kind but plain pages), or {@code null}
 * @param date     publication date, or {@code null}
 * @param updated  the day the page last changed in substance, or {@code null}; never before {@code date}
 * @param slug     the {@code slug} override, or {@code null} to use the file name
 * @param tags     tags as written, in order, without duplicates
 * @param draft    left out of the site unless drafts are included
 * @param autolink whether plain-text concept mentions are linked: {@code null} follows the site setting
 * @param concepts front-matter concept references ({@code concepts:})
 * @param details  the kind's own fields
 */
public record PageMeta(String title, String summary, LocalDate date, LocalDate updated, String slug, List<String> tags,
                       boolean draft, Boolean autolink, List<Ref> concepts, Details details) {

    public PageMeta {
        Objects.requireNonNull(title, "title");
        tags = List.copyOf(tags);
        concepts = List.copyOf(concepts);
        Objects.requireNonNull(details, "details");
    }

    /** The day the page last changed: {@code updated}, else {@code date}; {@code null} for an undated page. */
    public LocalDate lastChanged() {
        return updated != null ? updated : date;
    }

    /** The fields only one kind has. */
    public sealed interface Details permits Interview, Framework, Guide, Concept, Plain {
    }

    /** A person named in front matter. */
    public record Person(String name, String role) {
    }

    /** Where an interview was first published. */
    public record Source(String title, String url) {
    }

    /** An interview: who was asked, by whom, and where it appeared. */
    public record Interview(Person interviewee, String interviewer, String publication, Source source)
            implements Details {
    }

    /** One stage of a framework, tied to the concept it stands for. */
    public record Stage(String name, Ref concept, String summary) {
    }

    /** A framework: its ordered stages. */
    public record Framework(List<Stage> stages) implements Details {
        public Framework {
            stages = List.copyOf(stages);
        }
    }

    /** One time box of a guide's agenda. {@code concept} may be {@code null}. */
    public record AgendaItem(int minutes, String activity, Ref concept) {
    }

    /** A group guide: who it is for, how long it takes, and its agenda (minutes add up to the duration). */
    public record Guide(String audience, int duration, List<AgendaItem> agenda) implements Details {
        public Guide {
            agenda = List.copyOf(agenda);
        }
    }

    /** A concept: other names for it and the concepts it is related to. */
    public record Concept(List<String> aliases, List<Ref> related) implements Details {
        public Concept {
            aliases = List.copyOf(aliases);
            related = List.copyOf(related);
        }
    }

    /** A plain page has no fields of its own. */
    public record Plain() implements Details {
    }
}
