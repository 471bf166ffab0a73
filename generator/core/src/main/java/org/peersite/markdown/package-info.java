/**
 * Markdown, in the parse and render stages: commonmark-java with wiki-links and Obsidian's syntax as parser
 * extensions and its limits made content errors, heading anchors, link extraction, URL safety and HTML rendering with the link stage's answers.
 *
 * <p>Obsidian-flavoured Markdown is parsed into syntax-tree nodes by one small extension per construct, each
 * switchable and tested on its own; {@link org.peersite.markdown.MarkdownParser} turns them all on:
 * <table>
 *   <caption>Constructs, their nodes, and what later stages read from them</caption>
 *   <tr><th>written</th><th>extension</th><th>node</th><th>for later stages</th></tr>
 *   <tr><td>{@code %%comment%%}, {@code %%} lines</td><td>{@link org.peersite.markdown.CommentExtension}</td>
 *       <td>{@link org.peersite.markdown.Comment}, {@link org.peersite.markdown.CommentBlock}</td>
 *       <td>nothing: comments hold no text, so nothing later can publish them</td></tr>
 *   <tr><td>{@code > [!type]± Title}</td><td>{@link org.peersite.markdown.CalloutExtension}</td>
 *       <td>{@link org.peersite.markdown.Callout}, {@link org.peersite.markdown.CalloutTitle}</td>
 *       <td>type, fold, title; rendered by the extension</td></tr>
 *   <tr><td>{@code ==text==}</td><td>{@link org.peersite.markdown.HighlightExtension}</td>
 *       <td>{@link org.peersite.markdown.Highlight}</td><td>rendered as {@code <mark>}</td></tr>
 *   <tr><td>{@code ^block-id}</td><td>{@link org.peersite.markdown.BlockIdExtension}</td>
 *       <td>{@link org.peersite.markdown.BlockId}, last child of the block it names</td>
 *       <td>{@link org.peersite.markdown.ParsedBody#blockIds()}: the block's HTML id is {@code ^block-id}, so
 *       {@code [[note#^block-id]]} resolves its fragment like any other id</td></tr>
 *   <tr><td>{@code #tag}, {@code #area/topic}</td><td>{@link org.peersite.markdown.InlineTagExtension}</td>
 *       <td>{@link org.peersite.markdown.InlineTag}</td>
 *       <td>{@link org.peersite.markdown.ParsedBody#tags()}, to merge with the front matter's tags; rendered
 *       as a link to the tag's page, {@code /tags/area/topic/}
 *       ({@link org.peersite.markdown.LinkRendering#tagHref})</td></tr>
 *   <tr><td>{@code ![[target#fragment|label|300x200]]}</td>
 *       <td>{@link org.peersite.markdown.WikiLinkExtension}</td><td>{@link org.peersite.markdown.Embed} around
 *       the {@link org.peersite.markdown.WikiLink} it embeds</td>
 *       <td>target, fragment, size, label; the link resolves as a wiki-link, and the embed renders as that
 *       link until the render stage transcludes it</td></tr>
 * </table>
 * Brackets that CommonMark makes a link of ({@code [[1]](url)}) keep that meaning: see
 * {@link org.peersite.markdown.WikiLinkExtension}. Every node keeps its source position until the parse stage
 * has read what it needs, so diagnostics point at the author's line and column.
 */
package org.peersite.markdown;
