package org.peersite.markdown;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.autolink.internal.AutolinkPostProcessor;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;

/**
 * GitHub's autolinks (bare {@code https://...}, {@code www.example.org}, {@code name@example.org}): commonmark's
 * own autolink post-processor, given only the text nodes that can hold one. It reads every char of every text node
 * through its link extractor, which was 3 % of a cold build's CPU at 10,000 pages, for bodies that nearly always
 * have no bare link at all; a link needs a {@code ://}, an {@code @} or a {@code www.}, which {@link String#indexOf}
 * finds far faster. The nodes passed over are the ones commonmark's would leave as they are (its extractor looks
 * for links only at a {@code :}, an {@code @} or a {@code w}, and its URL scanner gives up at a {@code :} that no
 * {@code //} follows), so the tree is the same. Stateless and thread-safe.
 */
public final class BareLinkExtension implements Parser.ParserExtension {

    private final AutolinkPostProcessor autolinks = new AutolinkPostProcessor(EnumSet.allOf(AutolinkType.class));

    private BareLinkExtension() {
    }

    public static BareLinkExtension create() {
        return new BareLinkExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessor(new PostProcessor() {
            @Override
            public Node process(Node document) {
                Candidates candidates = new Candidates();
                document.accept(candidates);
                for (Text text : candidates.texts) {
                    autolinks.process(text);
                }
                return document;
            }
        });
    }

    /**
     * Whether commonmark's post-processor could change this text node: when it may hold a link, or when it is
     * empty (which that post-processor removes). A colon alone ("Note: ...", "10:30") is no link: a third of the
     * text nodes of a 10,000-page corpus hold one, and handing them on cost more than all the rest of this filter.
     * One pass over the text's {@linkplain LowBytes low bytes} looks for all three at once (with three searches
     * this filter was 1.3 % of a cold build's profile samples at 10,000 pages, now 0.8 %: docs/performance.md,
     * round 18); a char beyond ASCII whose low byte is {@code @} or makes up a {@code ://} or {@code www.} hands on
     * a text that could not hold a link, which commonmark's post-processor then leaves as it is.
     */
    static boolean mayChange(String literal, LowBytes lowBytes) {
        int length = literal.length();
        byte[] text = lowBytes.of(literal);
        for (int i = 0; i < length; i++) {
            byte b = text[i];
            if (b == '@'
                    || b == ':' && i + 2 < length && text[i + 1] == '/' && text[i + 2] == '/'
                    || b == '.' && i >= 3 && text[i - 1] == 'w' && text[i - 2] == 'w' && text[i - 3] == 'w') {
                return true;
            }
        }
        return length == 0;
    }

    /** The text nodes outside links that may hold a link, found before any is changed. */
    private static final class Candidates extends AbstractVisitor {
        final List<Text> texts = new ArrayList<>();
        private final LowBytes lowBytes = new LowBytes();

        @Override
        public void visit(Link link) {
            // commonmark's post-processor does not link the text of a link either.
        }

        @Override
        public void visit(Text text) {
            if (mayChange(text.getLiteral(), lowBytes)) {
                texts.add(text);
            }
        }
    }
}
