package org.peersite.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersite.diag.Diagnostic;
import org.peersite.internal.Fingerprint;
import org.peersite.model.Page;

/**
 * The parse stage's result: every Markdown file as a page (or the reasons it is none), and the pages that make
 * the site.
 *
 * @param files         by content path, drafts included
 * @param pages         the published pages, sorted by path: drafts left out unless wanted, URL collisions resolved
 * @param routeProblems URL collisions and pages on URLs peersite generates
 * @param otherPaths    site paths a Markdown link may point at besides pages: generated pages and static files
 * @param unpublished   the notes left out of the site ({@code publish: false}), sorted by path: links may name them.
 *                      The same page objects as long as their files are unchanged, so comparing the lists tells
 *                      whether any of them changed. Found once, when the result is made: a pass over every file,
 *                      which the link stage and the bodies asked for three times a build (5-15 profile samples of
 *                      a page added at 10,000 pages, on the main thread while the workers waited)
 */
public record Parsed(Map<String, ParsedFile> files, List<Page> pages, List<Diagnostic> routeProblems,
                     Set<String> otherPaths, List<Page> unpublished) {

    public Parsed {
        unpublished = List.copyOf(unpublished);
    }

    /** The result of these files, with the notes they leave out found among them. */
    public Parsed(Map<String, ParsedFile> files, List<Page> pages, List<Diagnostic> routeProblems,
                  Set<String> otherPaths) {
        this(files, pages, routeProblems, otherPaths, unpublished(files));
    }

    /**
     * One Markdown file after parsing.
     *
     * @param hash     the fingerprint of the file's content it was parsed from
     * @param page     the page, or {@code null} when its front matter is unusable
     * @param problems what parsing found
     */
    public record ParsedFile(Fingerprint hash, Page page, List<Diagnostic> problems) {
    }

    private static List<Page> unpublished(Map<String, ParsedFile> files) {
        List<Page> left = new ArrayList<>();
        for (ParsedFile file : files.values()) {
            Page page = file.page();
            if (page != null && !page.meta().details().published()) {
                left.add(page);
            }
        }
        left.sort(java.util.Comparator.comparing(Page::path));
        return List.copyOf(left);
    }

    /**
     * The same result with pages replaced by the versions the link stage left (bodies parsed, or ASTs let go),
     * and with what parsing the bodies found added to those files' problems.
     */
    Parsed withPages(Map<String, Page> replacements, Map<String, List<Diagnostic>> bodyProblems) {
        Map<String, ParsedFile> newFiles = new java.util.HashMap<>(files);
        replacements.forEach((path, page) -> newFiles.computeIfPresent(path, (p, file) -> {
            List<Diagnostic> found = bodyProblems.getOrDefault(path, List.of());
            if (file.page() == page && found.isEmpty()) {
                return file;   // the same object again: what compares states by identity (the cache) sees no change
            }
            List<Diagnostic> problems = new ArrayList<>(file.problems());
            problems.addAll(found);
            return new ParsedFile(file.hash(), page, List.copyOf(problems));
        }));
        List<Page> newPages = pages.stream().map(p -> replacements.getOrDefault(p.path(), p)).toList();
        Map<String, ParsedFile> all = java.util.Collections.unmodifiableMap(newFiles);
        // The link stage replaces published pages only: the notes left out stay the same objects.
        boolean notesKept = unpublished.stream().noneMatch(note -> replacements.containsKey(note.path()));
        return notesKept ? new Parsed(all, newPages, routeProblems, otherPaths, unpublished)
                : new Parsed(all, newPages, routeProblems, otherPaths);
    }

    List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(routeProblems);
        for (ParsedFile file : files.values()) {
            if (!file.problems().isEmpty()) {   // most files have none: no empty copy made of each
                all.addAll(file.problems());
            }
        }
        return all;
    }
}
