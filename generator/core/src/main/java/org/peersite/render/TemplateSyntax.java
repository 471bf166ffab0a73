package org.peersite.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import freemarker.core.ParseException;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;
import org.peersite.diag.Suggestions;
import org.peersite.internal.Lines;

/**
 * Says in plain words what is wrong with a template FreeMarker could not parse, at the place to fix. FreeMarker
 * notices an unclosed {@code <#if>} only where the file ends or another directive closes, and says so in its own
 * terms; this reads the template's tags itself to point at the {@code <#if>} that was never closed, the closing
 * tag that closes nothing, the {@code ${} that never ends, or the misspelled directive or built-in, with a hint
 * that says what to write. One diagnostic per broken template: FreeMarker stops at its first problem.
 *
 * <pre>
 * Diagnostic d = TemplateSyntax.explain(parseException, templateText, "templates/layouts/page.ftlh");
 * // templates/layouts/page.ftlh:12:5: error[theme.syntax]: this &lt;#if&gt; is never closed
 * </pre>
 * Stateless.
 */
final class TemplateSyntax {

    static final String CODE = "theme.syntax";

    /** Directives that hold a block and need their end tag. */
    private static final Set<String> BLOCKS = Set.of("if", "list", "items", "macro", "function", "switch", "attempt",
            "compress", "escape", "noescape", "autoesc", "noautoesc", "outputformat", "foreach", "transform",
            "comment");
    /** Directives that may hold a block when they have no {@code =} (capturing what they enclose). */
    private static final Set<String> CAPTURES = Set.of("assign", "global", "local");
    /** FreeMarker's directives, for suggestions; camelCase spellings compare as lower case. */
    private static final List<String> DIRECTIVES = List.of("assign", "attempt", "autoesc", "break", "case", "compress",
            "continue", "default", "else", "elseif", "escape", "fallback", "flush", "ftl", "function", "global",
            "if", "import", "include", "items", "list", "local", "lt", "macro", "nested", "noautoesc", "noescape",
            "noparse", "nt", "on", "outputformat", "recover", "recurse", "return", "rt", "sep", "setting", "stop",
            "switch", "t", "visit");
    private static final Pattern UNKNOWN_DIRECTIVE = Pattern.compile("Unknown directive: #(\\w+)");
    private static final Pattern UNKNOWN_BUILT_IN = Pattern.compile("Unknown built-in: \"([^\"]+)\"");
    /** FreeMarker's words for a tag in the wrong place or missing, where reading the tags tells which. */
    private static final Pattern STRUCTURE = Pattern.compile("unclosed #|Encountered \"</[#@]|Encountered \"<#(else|elseif|"
            + "elseIf|recover)|can't be nested|Unexpected end of file");
    private static final Pattern BUILT_IN_NAMES = Pattern.compile("[a-z][a-z0-9_]*");
    private static final String DIRECTIVE_HELP = "https://freemarker.apache.org/docs/ref_directive_alphaidx.html";

    private TemplateSyntax() {
    }

    /**
     * The diagnostic for a template that does not parse.
     *
     * @param text    the template's text, or {@code null} when it cannot be read again (then FreeMarker's place
     *                and first sentence are used)
     * @param display how diagnostics name the template ({@code templates/layouts/page.ftlh})
     */
    static Diagnostic explain(ParseException e, String text, String display) {
        String editor = e.getEditorMessage() == null ? "" : e.getEditorMessage();
        // FreeMarker parsed the text without its indentation: its columns are short by that much.
        int indentation = text == null ? 0 : TemplateIndentation.removed(text, e.getLineNumber());
        Position reported = Position.of(display, Math.max(0, e.getLineNumber()),
                Math.max(0, e.getColumnNumber() + indentation));
        Diagnostic plain = text == null ? null : explainFromText(editor, reported, text, display);
        Diagnostic diagnostic = plain != null ? plain : Diagnostic.error(CODE, reported, firstSentence(editor))
                .withHint("fix the FreeMarker syntax here; see https://freemarker.apache.org/docs/dgui_template_overallstructure.html");
        int line = diagnostic.position().line();
        return text == null || line == 0 ? diagnostic : diagnostic.withSourceLine(Lines.line(Lines.normalise(text), line));
    }

    private static Diagnostic explainFromText(String editor, Position reported, String text, String display) {
        Matcher directive = UNKNOWN_DIRECTIVE.matcher(editor);
        if (directive.find()) {
            String name = directive.group(1);
            Optional<String> close = Suggestions.closest(name.toLowerCase(Locale.ROOT), DIRECTIVES);
            return Diagnostic.error(CODE, near(reported, text, "<#" + name), "<#" + name + "> is not a FreeMarker directive")
                    .withHint(close.map(c -> "did you mean <#" + c + ">?").orElse("see " + DIRECTIVE_HELP));
        }
        Matcher builtIn = UNKNOWN_BUILT_IN.matcher(editor);
        if (builtIn.find()) {
            String name = builtIn.group(1);
            Optional<String> close = Suggestions.closest(name, builtInNames(editor));
            return Diagnostic.error(CODE, near(reported, text, "?" + name), "?" + name + " is not a FreeMarker built-in")
                    .withHint(close.map(c -> "did you mean ?" + c + "?")
                            .orElse("see https://freemarker.apache.org/docs/ref_builtins_alphaidx.html"));
        }
        Tags tags = Tags.scan(Lines.normalise(text));
        Problem problem = tags.unclosedInterpolation(reported.line(), reported.column());
        if (problem == null && STRUCTURE.matcher(editor).find()) {
            problem = tags.blockProblem();
        }
        return problem == null ? null : problem.diagnostic(display);
    }

    /**
     * Where {@code written} starts on FreeMarker's line, nearest its column (FreeMarker points into the tag, after
     * the {@code <} or the {@code ?}); FreeMarker's place when the line does not hold it.
     */
    private static Position near(Position reported, String text, String written) {
        String line = Lines.line(Lines.normalise(text), reported.line());
        if (line == null) {
            return reported;
        }
        int best = -1;
        for (int at = line.indexOf(written); at >= 0; at = line.indexOf(written, at + 1)) {
            if (best < 0 || Math.abs(at + 1 - reported.column()) < Math.abs(best + 1 - reported.column())) {
                best = at;
            }
        }
        return best < 0 ? reported : Position.of(reported.file(), reported.line(), best + 1);
    }

    /** FreeMarker lists every built-in after the name it did not know; older versions may not, then none. */
    private static List<String> builtInNames(String editor) {
        int list = editor.indexOf("alphabetical list of built-ins:");
        List<String> names = new ArrayList<>();
        if (list >= 0) {
            Matcher m = BUILT_IN_NAMES.matcher(editor.substring(list + "alphabetical list of built-ins:".length()));
            while (m.find()) {
                names.add(m.group());
            }
        }
        return names;
    }

    /** FreeMarker's message up to where it starts listing what it expected. */
    private static String firstSentence(String editor) {
        String message = editor.strip();
        int expecting = message.indexOf("Was expecting");
        if (expecting >= 0) {
            message = message.substring(0, expecting).strip();
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl).strip();
    }

    /** A problem found in the tags, at a place in the template. */
    private record Problem(int line, int column, String message, String hint, int noteLine, int noteColumn,
                           String note) {

        Diagnostic diagnostic(String display) {
            Diagnostic d = Diagnostic.error(CODE, Position.of(display, line, column), message).withHint(hint);
            return note == null ? d : d.withNote(Position.of(display, noteLine, noteColumn), note);
        }
    }

    /** One tag or interpolation, where it starts. */
    private record Tag(String name, boolean closing, boolean user, int line, int column) {

        String shown() {
            return "<" + (closing ? "/" : "") + (user ? "@" : "#") + name + ">";
        }
    }

    /**
     * The directive tags of a template in order, with the interpolations that never end, read the way FreeMarker
     * reads them: comments and {@code <#noparse>} skipped, strings inside tags and {@code ${...}} kept whole, a tag
     * ending at the first {@code >} outside parentheses, brackets and strings.
     */
    private static final class Tags {
        private final String text;
        private final List<Tag> tags = new ArrayList<>();
        /** Interpolations with no end, as {line, column} of their {@code ${}. */
        private final List<int[]> unclosed = new ArrayList<>();
        private int pos;
        private int line = 1;
        private int lineStart;

        private Tags(String text) {
            this.text = text;
        }

        static Tags scan(String text) {
            Tags tags = new Tags(text);
            tags.run();
            return tags;
        }

        private void run() {
            while (pos < text.length()) {
                if (text.startsWith("<#--", pos)) {
                    skipPast("-->");
                } else if (text.startsWith("<#noparse", pos) || text.startsWith("<#noParse", pos)) {
                    skipPast(">");
                    int end = indexOfIgnoreCase("</#noparse", pos);
                    advanceTo(end < 0 ? text.length() : end);
                    skipPast(">");
                } else if (text.startsWith("<#", pos) || text.startsWith("<@", pos)
                        || text.startsWith("</#", pos) || text.startsWith("</@", pos)) {
                    tag();
                } else if (text.startsWith("${", pos) || text.startsWith("#{", pos)) {
                    interpolation();
                } else {
                    step();
                }
            }
        }

        private void tag() {
            int tagLine = line;
            int tagColumn = pos - lineStart + 1;
            boolean closing = text.charAt(pos + 1) == '/';
            advanceTo(pos + (closing ? 3 : 2));
            boolean user = text.charAt(pos - 1) == '@';
            int nameStart = pos;
            while (pos < text.length() && isNameChar(text.charAt(pos))) {
                step();
            }
            String name = text.substring(nameStart, pos);
            boolean assigns = false;
            boolean selfClosed = false;
            int depth = 0;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '"' || c == '\'') {
                    string();
                    continue;
                }
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                } else if (c == '=' && depth == 0) {
                    assigns = true;
                } else if (c == '>' && depth == 0) {
                    selfClosed = pos > 0 && text.charAt(pos - 1) == '/';
                    step();
                    break;
                }
                step();
            }
            String key = name.toLowerCase(Locale.ROOT).replace("_", "");
            boolean block = user ? !selfClosed : BLOCKS.contains(key) || CAPTURES.contains(key) && !assigns;
            if (closing || block || !user && (key.equals("else") || key.equals("elseif") || key.equals("recover"))) {
                tags.add(new Tag(user ? name : key, closing, user, tagLine, tagColumn));
            }
        }

        private void interpolation() {
            int startLine = line;
            int startColumn = pos - lineStart + 1;
            advanceTo(pos + 2);
            int depth = 0;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '"' || c == '\'') {
                    string();
                    continue;
                }
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    if (depth == 0) {
                        step();
                        return;
                    }
                    depth--;
                } else if (c == '<' && pos + 1 < text.length() && (text.charAt(pos + 1) == '/'
                        || text.charAt(pos + 1) == '#' || text.charAt(pos + 1) == '@')) {
                    break;   // markup or a tag: the expression has ended without its }
                }
                step();
            }
            unclosed.add(new int[] {startLine, startColumn});
        }

        /** A string literal, with backslash escapes (a raw string, r"...", has none, which changes nothing here). */
        private void string() {
            char quote = text.charAt(pos);
            step();
            while (pos < text.length() && text.charAt(pos) != quote) {
                if (text.charAt(pos) == '\\' && pos + 1 < text.length()) {
                    step();
                }
                step();
            }
            if (pos < text.length()) {
                step();
            }
        }

        private static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == ':';
        }

        private void skipPast(String end) {
            int at = text.indexOf(end, pos);
            advanceTo(at < 0 ? text.length() : at + end.length());
        }

        private int indexOfIgnoreCase(String needle, int from) {
            return text.toLowerCase(Locale.ROOT).indexOf(needle.toLowerCase(Locale.ROOT), from);
        }

        private void advanceTo(int target) {
            while (pos < target) {
                step();
            }
        }

        private void step() {
            if (text.charAt(pos) == '\n') {
                line++;
                lineStart = pos + 1;
            }
            pos++;
        }

        /** An interpolation that never ends, begun at or before where FreeMarker stopped; {@code null} if none. */
        Problem unclosedInterpolation(int stopLine, int stopColumn) {
            for (int[] open : unclosed) {
                if (stopLine == 0 || open[0] < stopLine || open[0] == stopLine && open[1] <= stopColumn) {
                    return new Problem(open[0], open[1], "this ${ is never closed",
                            "end the expression with }, as in ${page.title}", 0, 0, null);
                }
            }
            return null;
        }

        /**
         * The first tag out of place: an {@code <#else>} outside its block, a macro inside a macro, a closing tag
         * that closes nothing or skips an open block, or a block still open at the end; {@code null} if none.
         */
        Problem blockProblem() {
            Deque<Tag> open = new ArrayDeque<>();
            for (Tag tag : tags) {
                if (!tag.closing()) {
                    if (tag.name().equals("else") || tag.name().equals("elseif") || tag.name().equals("recover")) {
                        if (open.stream().noneMatch(t -> !t.user() && Set.of("if", "list", "items", "attempt",
                                "switch").contains(t.name()))) {
                            return new Problem(tag.line(), tag.column(), "this " + tag.shown()
                                    + " belongs to no <#if>, <#list> or <#attempt>",
                                    "move it inside the block it belongs to, or remove it", 0, 0, null);
                        }
                        continue;
                    }
                    if (!tag.user() && (tag.name().equals("macro") || tag.name().equals("function"))) {
                        Optional<Tag> definition = open.stream().filter(t -> !t.user()
                                && (t.name().equals("macro") || t.name().equals("function"))).findFirst();
                        if (definition.isPresent()) {
                            Tag outer = definition.get();
                            return new Problem(outer.line(), outer.column(), "this " + outer.shown()
                                    + " is never closed", "add </#" + outer.name() + "> before line " + tag.line()
                                    + ": a macro or function cannot be defined inside another", tag.line(),
                                    tag.column(), "another " + tag.shown() + " starts here, inside it");
                        }
                    }
                    open.push(tag);
                    continue;
                }
                if (tag.name().equals("sep")) {
                    continue;   // <#sep> may be closed or not
                }
                Tag matching = open.stream().filter(t -> t.user() == tag.user()
                        && (t.name().equals(tag.name()) || tag.user() && tag.name().isEmpty())).findFirst().orElse(null);
                if (matching == null) {
                    String opener = "<" + (tag.user() ? "@" : "#") + tag.name() + ">";
                    return new Problem(tag.line(), tag.column(), "this " + tag.shown() + " closes nothing: no "
                            + opener + " is open here", "remove it, or add the " + opener
                            + " it belongs to before it", 0, 0, null);
                }
                if (open.peek() != matching) {
                    Tag inner = open.peek();
                    return new Problem(inner.line(), inner.column(), "this " + inner.shown() + " is never closed",
                            "add </" + (inner.user() ? "@" : "#") + inner.name() + "> before the " + tag.shown()
                                    + " on line " + tag.line(), tag.line(), tag.column(),
                            tag.shown() + " closes the " + matching.shown() + " around it first");
                }
                open.pop();
            }
            if (!open.isEmpty()) {
                Tag inner = open.peek();
                return new Problem(inner.line(), inner.column(), "this " + inner.shown() + " is never closed",
                        "add </" + (inner.user() ? "@" : "#") + inner.name() + "> before the end of the file", 0, 0,
                        null);
            }
            return null;
        }
    }
}
