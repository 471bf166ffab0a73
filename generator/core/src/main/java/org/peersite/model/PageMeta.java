package org.peersite.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @param image    the page's own picture ({@code image: photos/ada.jpg}, a path from the page's folder or from
 *                 {@code content/} with a leading {@code /}), shown when the page is shared instead of its drawn
 *                 card; {@code null} for none
 */
public record PageMeta(String title, String summary, LocalDate date, LocalDate updated, String slug, List<String> tags,
                       boolean draft, Boolean autolink, List<Ref> concepts, Details details, Ref image) {

    public PageMeta {
        Objects.requireNonNull(title, "title");
        tags = List.copyOf(tags);
        concepts = List.copyOf(concepts);
        Objects.requireNonNull(details, "details");
    }

    /** Front matter without an {@code image}. */
    public PageMeta(String title, String summary, LocalDate date, LocalDate updated, String slug, List<String> tags,
                    boolean draft, Boolean autolink, List<Ref> concepts, Details details) {
        this(title, summary, date, updated, slug, tags, draft, autolink, concepts, details, null);
    }

    /** The day the page last changed: {@code updated}, else {@code date}; {@code null} for an undated page. */
    public LocalDate lastChanged() {
        return updated != null ? updated : date;
    }

    /**
     * The fields only one kind has: each kind's own record, beside its {@link KindSpec}. What the link stage asks
     * of them is said here, once for every kind.
     */
    public interface Details {
        /** The concepts the kind's fields refer to (a stage's, an agenda item's, related ones), in the order written. */
        default List<Ref> references() {
            return List.of();
        }

        /**
         * What the kind's fields say at the place of one of its {@link #references()} (a stage's name and summary, an
         * agenda item's activity), shown beside the backlink it makes; empty when the fields say nothing there.
         */
        default Optional<String> referenceContext(Ref ref) {
            return Optional.empty();
        }

        /** Other names of the page, which links and mentions may use. */
        default List<String> aliases() {
            return List.of();
        }

        /** Whether the page is part of the site: {@code false} for a note its author keeps out ({@code publish: false}). */
        default boolean published() {
            return true;
        }

        /** A web address the kind's fields name (an interview's source), checked with the links that leave the site. */
        default Optional<String> externalUrl() {
            return Optional.empty();
        }

        /** The ordered steps the page is made of, each standing for a concept (a framework's stages). */
        default List<Step> steps() {
            return List.of();
        }
    }

    /** One step of a page made of steps: its name and the concept it stands for. */
    public record Step(String name, Ref concept) {
    }
}
