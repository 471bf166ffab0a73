package org.peersite.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.diag.SourceExcerpt;
import org.peersite.internal.Xml;

/**
 * The page the dev server shows instead of any HTML page while the site has errors: every error in compiler
 * style (file:line:column, severity and code, message, the source line with a caret under the column, the
 * hint), then the first warnings. It carries the live-reload script, so saving the fix replaces it with the
 * page itself. Self-contained (inline CSS, light and dark), and every piece of diagnostic text is escaped:
 * messages quote the content, which may hold markup. Stateless and thread-safe.
 *
 * <pre>
 * byte[] page = ErrorOverlay.render(site.problems(), LiveScript.tag(session, version, "", true));
 * </pre>
 */
final class ErrorOverlay {

    /** Warnings shown below the errors; the rest are counted. */
    static final int WARNINGS_SHOWN = 20;

    private static final String STYLE = """
            :root { color-scheme: light dark; --bg: #fbfbfa; --fg: #1d1d1f; --muted: #55555c; --panel: #ffffff;
              --border: #d7d7db; --error: #b3261e; --warning: #8a5300; --code-bg: #f3f3f1; --focus: #0b57d0; }
            @media (prefers-color-scheme: dark) {
              :root { --bg: #161618; --fg: #ececef; --muted: #b4b4bb; --panel: #1f1f22; --border: #3a3a40;
                --error: #ff8a80; --warning: #ffcc66; --code-bg: #111113; --focus: #8ab4f8; }
            }
            * { box-sizing: border-box; }
            body { margin: 0; background: var(--bg); color: var(--fg);
              font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
            main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
            h1 { font-size: 1.5rem; margin: 0 0 .25rem; color: var(--error); }
            .lead { margin: 0 0 1.5rem; color: var(--muted); }
            ol { list-style: none; margin: 0; padding: 0; }
            li { background: var(--panel); border: 1px solid var(--border); border-left: .3rem solid var(--error);
              border-radius: .4rem; padding: .9rem 1rem; margin: 0 0 1rem; }
            li.warning { border-left-color: var(--warning); }
            h2 { font-size: 1rem; margin: 0; font-weight: 600; overflow-wrap: anywhere; }
            .where { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
            .severity { color: var(--error); text-transform: uppercase; font-size: .8rem; letter-spacing: .05em; }
            li.warning .severity { color: var(--warning); }
            code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9rem; }
            pre { background: var(--code-bg); border-radius: .3rem; padding: .6rem .75rem; margin: .6rem 0 0;
              overflow-x: auto; white-space: pre; }
            .caret { color: var(--error); font-weight: 700; }
            .hint { margin: .6rem 0 0; white-space: pre-line; }
            .more { color: var(--muted); }
            a:focus-visible, pre:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
            """;

    private ErrorOverlay() {
    }

    /**
     * @param problems  the site's diagnostics, errors and warnings in any order (errors are listed first)
     * @param scriptTag the live-reload tag for this response
     */
    static byte[] render(List<Diagnostic> problems, String scriptTag) {
        List<Diagnostic> errors = problems.stream().filter(Diagnostic::isError).toList();
        List<Diagnostic> warnings = problems.stream().filter(d -> !d.isError()).toList();
        List<Diagnostic> shownWarnings = Diagnostics.capWarnings(warnings, WARNINGS_SHOWN);
        String title = count(errors.size(), "error") + " – peersite";
        StringBuilder html = new StringBuilder(4096);
        html.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n")
                .append("<title>").append(Xml.escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<main aria-labelledby=\"overlay-title\">\n")
                .append("<h1 id=\"overlay-title\">The site has ").append(count(errors.size(), "error")).append("</h1>\n")
                .append("<p class=\"lead\">No page can be shown until ")
                .append(errors.size() == 1 ? "it is" : "they are")
                .append(" fixed. Save the fix and this page reloads by itself.</p>\n")
                .append("<ol aria-label=\"Problems\">\n");
        int n = 0;
        for (Diagnostic d : errors) {
            item(html, d, ++n);
        }
        for (Diagnostic d : shownWarnings) {
            item(html, d, ++n);
        }
        html.append("</ol>\n");
        int left = warnings.size() - shownWarnings.size();
        if (left > 0) {
            html.append("<p class=\"more\">… and ").append(count(left, "more warning"))
                    .append(" (run <code>peersite check</code> to list them all).</p>\n");
        }
        html.append("</main>\n").append(scriptTag).append("</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void item(StringBuilder html, Diagnostic d, int n) {
        String severity = d.severity().label();
        Position p = d.position();
        html.append("<li class=\"").append(severity).append("\" aria-labelledby=\"problem-").append(n).append("\">\n")
                .append("<h2 id=\"problem-").append(n).append("\"><span class=\"where\">").append(Xml.escape(p.toString()))
                .append("</span>: <span class=\"severity\">").append(severity).append("</span>[<code>")
                .append(Xml.escape(d.code())).append("</code>]: ").append(Xml.escape(d.message())).append("</h2>\n");
        if (d.sourceLine() != null && p.line() > 0) {
            String number = Integer.toString(p.line());
            SourceExcerpt line = SourceExcerpt.of(d.sourceLine(), p.column());
            html.append("<pre tabindex=\"0\" aria-label=\"").append(Xml.escape(p.file())).append(", line ").append(number)
                    .append("\">").append(number).append(" | ").append(Xml.escape(line.text()));
            if (p.column() > 0) {
                html.append('\n').append(" ".repeat(number.length())).append(" | ")
                        .append(" ".repeat(line.caret()))
                        .append("<span class=\"caret\" aria-hidden=\"true\">^</span>");
            }
            html.append("</pre>\n");
        }
        if (d.hint() != null && !d.hint().isEmpty()) {
            html.append("<p class=\"hint\"><strong>hint:</strong> ").append(Xml.escape(d.hint())).append("</p>\n");
        }
        html.append("</li>\n");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
