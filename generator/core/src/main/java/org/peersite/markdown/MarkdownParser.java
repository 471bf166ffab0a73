package org.peersite.markdown;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.source.SourceFile;

/**
 * The Markdown half of the parse stage: a page body to an AST plus what later stages need from it.
 *
 * <pre>
 * ParsedBody body = MarkdownParser.create().parse(sourceFile, diagnostics);
 * </pre>
 *
 * <p>CommonMark with GitHub tables, strikethrough, autolinks, task lists and footnotes, wiki-links, and Obsidian's
 * comments, callouts, embeds, highlights, block ids and inline tags (see the package description); source
 * positions kept for every block and inline, so a problem in the body points at its line and column. Nesting and
 * table size are capped ({@link MarkdownLimits}) well beyond anything hand-written, so that hostile input cannot
 * exhaust the stack or the time; a body that reaches a cap is an error at its file. Thread-safe.
 */
public final class MarkdownParser {

    /**
     * The commonmark extensions every page is parsed and rendered with. Comments come first: their
     * post-processor runs before the others, so that no later step sees what a comment hides.
     */
    static final List<Extension> EXTENSIONS = List.of(
            CommentExtension.create(),
            TablesExtension.builder().maxCells(MarkdownLimits.TABLE_CELLS).build(),
            StrikethroughExtension.create(),
            BareLinkExtension.create(),
            TaskListItemsExtension.create(),
            FootnotesExtension.create(),
            WikiLinkExtension.create(),
            CalloutExtension.create(),
            HighlightExtension.create(),
            BlockIdExtension.create(),
            InlineTagExtension.create());

    private final Parser parser;

    private MarkdownParser(Parser parser) {
        this.parser = parser;
    }

    public static MarkdownParser create() {
        return new MarkdownParser(Parser.builder()
                .extensions(EXTENSIONS)
                .inlineParserFactory(PlainTextInlineParser.FACTORY)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .maxOpenBlockParsers(MarkdownLimits.OPEN_BLOCKS)
                .maxInlineNesting(MarkdownLimits.INLINE_NESTING)
                .build());
    }

    /**
     * Parses the body of a file; problems (empty wiki-links, unclosed comments, repeated block ids, a limit
     * reached) go to {@code out}. URLs are checked against the site's scheme policy by the link stage, which knows
     * the site's settings.
     *
     * @return the body, or empty when it goes beyond one of the parser's {@linkplain MarkdownLimits limits}
     *         (reported at the file): such a body is no page to publish
     */
    public Optional<ParsedBody> parse(SourceFile file, Diagnostics out) {
        Document document;
        try {
            document = document(file);
        } catch (IllegalArgumentException e) {
            if (!MarkdownLimits.isTableLimit(e)) {
                throw e;
            }
            out.add(MarkdownLimits.tableCells(file));
            return Optional.empty();
        }
        BodyScanner scanner = new BodyScanner(file, out);
        document.accept(scanner);
        document.setSourceSpans(List.of());
        if (scanner.beyondLimits()) {
            return Optional.empty();
        }
        String searchTerms = SearchTerms.ofBody(document, file.text().length() - file.bodyOffset());
        return Optional.of(new ParsedBody(document, scanner.headings(), scanner.links(), scanner.external(),
                scanner.words(), scanner.hasRawHtml(), searchTerms, scanner.blockIds(), scanner.tags()));
    }

    /**
     * The body parsed by commonmark from a reader rather than from a string: its reader splits lines in bulk, where
     * its string parse reads every char through {@code CharSequence.charAt} (the 10,001 bodies of a 10,000-page
     * corpus parsed on one thread under C1: 3.49 s of CPU from strings, 3.27 s from readers). The reader starts at
     * the body's offset, so the body is not copied out of the file's text either. The same tree, source spans
     * included ({@code CommonmarkShortcutsTest}).
     */
    private Document document(SourceFile file) {
        try (StringReader reader = new StringReader(file.text())) {
            reader.skip(file.bodyOffset());
            return (Document) parser.parseReader(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string's reader never fails
        }
    }

    /** Where a node starts in the file: the body's line offset plus commonmark's 0-based span. */
    static Position position(SourceFile file, Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return Position.of(file.displayPath(), file.bodyLine(), 1);
        }
        SourceSpan span = spans.get(0);
        return Position.of(file.displayPath(), file.bodyLine() + span.getLineIndex(), span.getColumnIndex() + 1);
    }
}
