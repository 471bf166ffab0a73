package org.peersite.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.peersite.diag.Diagnostics;
import org.peersite.markdown.MarkdownParser;
import org.peersite.source.ContentLoader;
import org.peersite.source.FrontMatterSplitter;
import org.peersite.source.SafeTree;
import org.peersite.source.SourceFile;

/**
 * What a new page needs to know of the site it joins, read the way a build reads it: the concepts it may name,
 * and where the new page itself will be shown. Stateless.
 *
 * <pre>
 * List&lt;String&gt; concepts = SiteConcepts.slugs(Path.of("content"));   // [peer-advantage, trust]
 * </pre>
 */
public final class SiteConcepts {

    private static final PageParser PARSER = new PageParser(MarkdownParser.create());

    private SiteConcepts() {
    }

    /**
     * The slugs of the site's concept pages whose front matter is sound, the published ones first, each group
     * A–Z: every slug resolves to its concept wherever a concept is named. Empty when there are none.
     */
    public static List<String> slugs(Path content) throws IOException {
        Path folder = content.resolve(Kind.CONCEPT.folder());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Page> concepts = new ArrayList<>();
        for (SafeTree.Entry entry : SafeTree.list(folder, Kind.CONCEPT.folder(), "source").files()) {
            String relative = Kind.CONCEPT.folder() + "/" + entry.relative();
            if (!relative.endsWith(".md")) {
                continue;
            }
            SourceFile file = ContentLoader.read(new ContentLoader.ContentFile(entry.path(), relative, relative),
                    new Diagnostics());
            if (file != null && !file.unclosedFrontMatter()) {
                Page page = PARSER.head(file, new Diagnostics());
                if (page.complete() && page.kind() == Kind.CONCEPT) {
                    concepts.add(page);
                }
            }
        }
        return concepts.stream()
                .sorted(Comparator.comparing((Page p) -> p.meta().draft()).thenComparing(Page::slug))
                .map(Page::slug).distinct().toList();
    }

    /** The page a file's text makes, front matter only: its URL, its slug, whether it is a draft. */
    public static Page parseHead(Path content, Path file, String text) {
        String relative = content.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        SourceFile source = FrontMatterSplitter.split(relative, relative, text, new Diagnostics());
        return PARSER.head(source, new Diagnostics());
    }
}
