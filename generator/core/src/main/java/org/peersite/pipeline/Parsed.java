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
 * @param found         what one pass over the files finds (see {@link Found})
 */
public record Parsed(Map<String, ParsedFile> files, List<Page> pages, List<Diagnostic> routeProblems,
                     Set<String> otherPaths, Found found) {

    /** The result of these files, with what they hold found among them. */
    public Parsed(Map<String, ParsedFile> files, List<Page> pages, List<Diagnostic> routeProblems,
                  Set<String> otherPaths) {
        this(files, pages, routeProblems, otherPaths, Found.in(files));
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

    /**
     * What the files hold that the build asks about several times: found in one pass when a result is made, since
     * each question was a pass over every file of the site, and a cached build of 10,000 pages asked them eight
     * times on the main thread while the workers waited (the link stage and the bodies for the notes left out,
     * each check for errors and the summary for the problems, the summary for the drafts), and twice more on a
     * worker for the cache's manifest.
     *
     * @param unpublished the notes left out of the site ({@code publish: false}), sorted by path: links may name
     *                    them. The same page objects as long as their files are unchanged, so comparing the lists
     *                    tells whether any of them changed
     * @param drafts      the pages marked as drafts, published or not
     * @param problems    what parsing found in the files, in no order
     */
    public record Found(List<Page> unpublished, List<Page> drafts, List<Diagnostic> problems) {

        public Found {
            unpublished = List.copyOf(unpublished);
            drafts = List.copyOf(drafts);
            problems = List.copyOf(problems);
        }

        static Found in(Map<String, ParsedFile> files) {
            List<Page> unpublished = new ArrayList<>();
            List<Page> drafts = new ArrayList<>();
            List<Diagnostic> problems = new ArrayList<>();
            for (ParsedFile file : files.values()) {
                Page page = file.page();
                if (page != null && !page.meta().details().published()) {
                    unpublished.add(page);
                }
                if (page != null && page.meta().draft()) {
                    drafts.add(page);
                }
                if (!file.problems().isEmpty()) {   // most files have none: no empty copy made of each
                    problems.addAll(file.problems());
                }
            }
            unpublished.sort(java.util.Comparator.comparing(Page::path));
            return new Found(unpublished, drafts, problems);
        }
    }

    /** The notes left out of the site (see {@link Found#unpublished}). */
    public List<Page> unpublished() {
        return found.unpublished();
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
        return new Parsed(java.util.Collections.unmodifiableMap(newFiles), newPages, routeProblems, otherPaths);
    }

    List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(routeProblems);
        all.addAll(found.problems());
        return all;
    }
}
