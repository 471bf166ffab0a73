package org.peersite.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.peersite.markdown.HeadingRef;
import org.peersite.markdown.ParsedBody;
import org.peersite.markdown.SearchTerms;
import org.peersite.model.Page;
import org.peersite.model.PageMeta;
import org.peersite.model.SearchFields;

/**
 * What search knows of one page: the fields shown and matched whole (title, aliases, kind, address) and the
 * distinct terms of the fields matched word by word (summary, headings, body). A pure function of the page, so
 * a pipeline that remembers results per page can reuse it. Immutable.
 *
 * @param url      the page's address relative to the site root ({@code concepts/peer-advantage/})
 * @param line     the one sentence that describes the page (its summary; a concept's definition), or {@code null}
 * @param summary  terms of the summary, plus what else describes the page in a line (an interviewee's name and
 *                 role)
 * @param headings terms of the body's headings and a framework's stage names
 * @param bodyText the body's own terms, found once at parse time ({@link ParsedBody#searchTerms}), so a rebuild
 *                 reuses them for every page it did not parse again
 * @param body     the other terms of the body: a guide's agenda and a framework's stage summaries
 */
record SearchDocument(String url, String title, String kind, String line, List<String> aliases, Set<String> summary,
                      Set<String> headings, String bodyText, Set<String> body) {

    static SearchDocument of(Page page) {
        PageMeta meta = page.meta();
        Set<String> summary = new HashSet<>();
        Set<String> headings = new HashSet<>();
        Set<String> body = new HashSet<>();
        List<String> aliases = new ArrayList<>();
        if (meta.summary() != null) {
            SearchTerms.split(meta.summary(), summary::add);
        }
        for (HeadingRef h : page.body().headings()) {
            SearchTerms.split(h.text(), headings::add);
        }
        StringBuilder text = new StringBuilder();
        page.kind().spec().searchText(meta, new SearchFields() {
            @Override
            public void summary(String words) {
                SearchTerms.split(words, summary::add);
            }

            @Override
            public void heading(String words) {
                SearchTerms.split(words, headings::add);
            }

            @Override
            public void body(String words) {
                text.append(' ').append(words);
            }

            @Override
            public void alias(String alias) {
                aliases.add(alias);
            }
        });
        SearchTerms.split(text.toString(), body::add);
        return new SearchDocument(urlOf(page), meta.title(), page.kind().id(), meta.summary(), List.copyOf(aliases),
                Set.copyOf(summary), Set.copyOf(headings), page.body().searchTerms(), Set.copyOf(body));
    }

    /** What the catalogue lists of a page ({@link SearchIndex#CATALOGUE}). */
    record Entry(String url, String title, String kind, List<String> aliases) {
    }

    Entry entry() {
        return new Entry(url, title, kind, aliases);
    }

    /**
     * A page's catalogue entry, as its document has it, without splitting its texts into terms: a title or alias
     * edited makes the catalogue again from every page's entry, and only the changed pages' documents.
     */
    static Entry entryOf(Page page) {
        List<String> aliases = new ArrayList<>();
        page.kind().spec().searchText(page.meta(), new SearchFields() {
            @Override
            public void summary(String words) {
            }

            @Override
            public void heading(String words) {
            }

            @Override
            public void body(String words) {
            }

            @Override
            public void alias(String alias) {
                aliases.add(alias);
            }
        });
        return new Entry(urlOf(page), page.meta().title(), page.kind().id(), List.copyOf(aliases));
    }

    /** A page's address relative to the site root, as its document has it. */
    static String urlOf(Page page) {
        return page.url().substring(1);
    }

    /** Every term of one field by name ({@code s} summary, {@code h} headings, {@code b} body), maybe repeated. */
    void forEachTerm(char field, Consumer<String> action) {
        switch (field) {
            case 's' -> summary.forEach(action);
            case 'h' -> headings.forEach(action);
            case 'b' -> {
                body.forEach(action);
                // Found with String.indexOf, which runs over the string's bytes (see size()).
                for (int start = 0, end; start < bodyText.length(); start = end + 1) {
                    end = bodyText.indexOf(' ', start);
                    end = end < 0 ? bodyText.length() : end;
                    if (end > start) {
                        action.accept(bodyText.substring(start, end));
                    }
                }
            }
            default -> throw new IllegalArgumentException("no field " + field);
        }
    }

    /** How many postings the document adds, at most. */
    int size() {
        // Every build counts every page's words here (the shards' number): String.indexOf runs over the string's
        // own bytes, where charAt checked the coder and the index for each char (9 % of a cached edit's CPU at
        // 10,000 pages, under the C1 compiler builds run with).
        int spaces = 0;
        for (int at = bodyText.indexOf(' '); at >= 0; at = bodyText.indexOf(' ', at + 1)) {
            spaces++;
        }
        return summary.size() + headings.size() + body.size() + (bodyText.isEmpty() ? 0 : spaces + 1);
    }
}
