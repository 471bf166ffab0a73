package org.peersite.render;

import java.util.List;
import java.util.Set;
import java.util.HashSet;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.peersite.markdown.HeadingRef;
import org.peersite.markdown.WikiLink;
import org.peersite.model.Page;
import org.peersite.model.PageMeta;

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
 * @param body     terms of the body text outside headings and code blocks, a guide's agenda and a framework's
 *                 stage summaries
 */
record SearchDocument(String url, String title, String kind, String line, List<String> aliases, Set<String> summary,
                      Set<String> headings, Set<String> body) {

    static SearchDocument of(Page page) {
        PageMeta meta = page.meta();
        Set<String> summary = new HashSet<>();
        Set<String> headings = new HashSet<>();
        Set<String> body = new HashSet<>();
        List<String> aliases = List.of();
        if (meta.summary() != null) {
            SearchTerms.split(meta.summary(), summary::add);
        }
        for (HeadingRef h : page.body().headings()) {
            SearchTerms.split(h.text(), headings::add);
        }
        StringBuilder text = new StringBuilder(4096);
        page.body().document().accept(new BodyText(text));
        if (meta.details() instanceof PageMeta.Concept concept) {
            aliases = concept.aliases();
        } else if (meta.details() instanceof PageMeta.Interview interview) {
            SearchTerms.split(interview.interviewee().name(), summary::add);
            if (interview.interviewee().role() != null) {
                SearchTerms.split(interview.interviewee().role(), summary::add);
            }
        } else if (meta.details() instanceof PageMeta.Framework framework) {
            for (PageMeta.Stage stage : framework.stages()) {
                SearchTerms.split(stage.name(), headings::add);
                text.append(' ').append(stage.summary());
            }
        } else if (meta.details() instanceof PageMeta.Guide guide) {
            for (PageMeta.AgendaItem item : guide.agenda()) {
                text.append(' ').append(item.activity());
            }
        }
        SearchTerms.split(text.toString(), body::add);
        String url = page.url().substring(1);
        return new SearchDocument(url, meta.title(), page.kind().id(), meta.summary(), List.copyOf(aliases),
                Set.copyOf(summary), Set.copyOf(headings), Set.copyOf(body));
    }

    /** All terms of one field by name: {@code s} summary, {@code h} headings, {@code b} body. */
    Set<String> field(char name) {
        return switch (name) {
            case 's' -> summary;
            case 'h' -> headings;
            case 'b' -> body;
            default -> throw new IllegalArgumentException("no field " + name);
        };
    }

    /** The text a reader sees in the body, outside headings (indexed on their own) and code blocks. */
    private static final class BodyText extends AbstractVisitor {
        private final StringBuilder text;

        BodyText(StringBuilder text) {
            this.text = text;
        }

        @Override
        public void visit(Heading heading) {
            // Headings are a field of their own.
        }

        @Override
        public void visit(FencedCodeBlock code) {
            // Code is rarely what a reader searches for, and its identifiers bloat the index.
        }

        @Override
        public void visit(IndentedCodeBlock code) {
        }

        /** A space after each block, so words of two paragraphs never run together. */
        @Override
        protected void visitChildren(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                child.accept(this);
                if (child instanceof Block) {
                    text.append(' ');
                }
            }
        }

        @Override
        public void visit(Text node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(Code node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak node) {
            text.append(' ');
        }

        @Override
        public void visit(HardLineBreak node) {
            text.append(' ');
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof WikiLink wiki) {
                text.append(wiki.label() != null ? wiki.label() : wiki.target());
            } else {
                visitChildren(node);
            }
        }
    }
}
