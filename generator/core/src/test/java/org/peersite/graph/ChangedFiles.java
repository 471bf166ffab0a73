package org.peersite.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.peersite.diag.Diagnostics;
import org.peersite.markdown.MarkdownParser;
import org.peersite.model.Page;
import org.peersite.model.PageParser;
import org.peersite.source.ContentLoader;

/**
 * A content folder parsed again as a cached build parses it, for tests of a relink: a file whose text changed
 * gives a new page, every other file the page parsed before (the same object, as the parse stage keeps it).
 */
final class ChangedFiles {

    private final Path content;
    private final PageParser parser = new PageParser(MarkdownParser.create());
    private final Map<String, Page> pages = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();

    ChangedFiles(Path content) {
        this.content = content;
    }

    /** Every file's page sorted by path, the page of an unchanged file the one parsed before. */
    List<Page> parse() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        List<Page> all = new ArrayList<>();
        for (ContentLoader.ContentFile file : ContentLoader.scan(content, "content", diagnostics).markdown()) {
            String text = Files.readString(content.resolve(file.relativePath()));
            if (!text.equals(texts.get(file.relativePath()))) {
                texts.put(file.relativePath(), text);
                pages.put(file.relativePath(), parser.parse(Objects.requireNonNull(ContentLoader.read(file,
                        diagnostics)), diagnostics));
            }
            all.add(pages.get(file.relativePath()));
        }
        all.sort(Comparator.comparing(Page::path));
        return all;
    }
}
