package org.peersite.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.diag.Suggestions;
import org.peersite.source.SafeTree;
import org.peersite.internal.Lines;

/**
 * A FreeMarker theme folder, set up the safe way: {@code .ftlh} layouts escape HTML automatically, errors are
 * thrown rather than written into pages or logged, {@code ?api} is off and {@code ?new} can create nothing.
 * Layouts see only maps, lists, strings, numbers, booleans and {@link #markup} values.
 *
 * <pre>
 * Theme theme = Theme.open(Path.of("templates"), "templates");
 * Optional&lt;String&gt; html = theme.render("guide", model, "content/guides/x.md", problems);
 * </pre>
 * Thread-safe: one theme renders every page, from any number of threads.
 */
public final class Theme {

    /** Room for a typical page's HTML at the start, so that few pages outgrow it. */
    private static final int PAGE_BYTES = 32 * 1024;
    /** The largest buffer a thread's writer keeps for its next page; one grown larger (a huge page) is dropped. */
    private static final int KEPT_BUFFER_BYTES = 1024 * 1024;

    /**
     * Each rendering thread's writer, kept for its next page: a page is copied out of its buffer once, at its size,
     * and the template text every page repeats is encoded once (a new writer per page, whose 32 KiB most pages
     * outgrew, and each text encoded again, were a third of the render stage's allocation). Taken while a page
     * renders, so that a render inside it on the same thread gets a writer of its own.
     */
    private final ThreadLocal<Utf8Writer> spareWriters = new ThreadLocal<>();

    private final Configuration freemarker;
    private final Path dir;
    private final String displayDir;
    private final List<Diagnostic> problems;
    /** The layouts and partials, by template name, A–Z: what {@link #parseAhead} parses. */
    private final List<String> templates;
    /** Done once what {@link #parseAhead} started is; done from the start while nothing was started. */
    private volatile CompletableFuture<Void> parsedAhead;

    private Theme(Configuration freemarker, Path dir, String displayDir, List<Diagnostic> problems,
                  List<String> templates) {
        this.freemarker = freemarker;
        this.dir = dir;
        this.displayDir = displayDir;
        this.problems = problems;
        this.templates = templates;
    }

    /**
     * @param dir        the theme folder (holding {@code layouts/}, {@code partials/}, {@code assets/})
     * @param displayDir how diagnostics name that folder ({@code templates})
     */
    public static Theme open(Path dir, String displayDir) throws IOException {
        Configuration cfg = configuration(new ThemeFiles(dir, displayDir));
        // Every link and special file in the folder is reported, not only those a layout happens to use.
        SafeTree.Listing files = Files.isDirectory(dir) ? SafeTree.list(dir, displayDir, "theme")
                : new SafeTree.Listing(List.of(), List.of());
        List<String> templates = files.files().stream().map(SafeTree.Entry::relative)
                .filter(name -> (name.startsWith("layouts/") || name.startsWith("partials/"))
                        && (name.endsWith(".ftlh") || name.endsWith(".ftl")))
                .toList();
        return new Theme(cfg, dir, displayDir, files.problems(), templates);
    }

    /**
     * Starts FreeMarker as {@link #open} does, without a theme: for a process that is about to open one and has
     * a core to spare before (its first use loads and initialises a few hundred classes and builds the object
     * wrapper, one for every configuration: {@link ModelWrapper}).
     */
    public static void warmUp() {
        configuration(null);
    }

    /** FreeMarker set up the safe way (see the class comment), loading templates with {@code loader} if any. */
    static Configuration configuration(TemplateLoader loader) {
        Configuration cfg = new KeptTemplates(Configuration.VERSION_2_3_34);
        if (loader != null) {
            cfg.setTemplateLoader(loader);
        }
        cfg.setDefaultEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        // "HTML" (what .ftlh files and output_format="HTML" name) is HTMLOutputFormat's behaviour, passing a body's
        // UTF-8 bytes to the page's writer as they are.
        cfg.setRegisteredCustomOutputFormats(List.of(HtmlFormat.INSTANCE));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setLocalizedLookup(false);
        // A theme stands for one version of its files (a build whose theme changed opens another), so a template
        // once loaded is never checked for changes nor dropped; KeptTemplates answers every later #import and #include
        // of every page by name.
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setCacheStorage(new StrongCacheStorage());
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        // Columns count characters, as in every other diagnostic (FreeMarker's default counts a tab as 8).
        cfg.setTabSize(1);
        cfg.setObjectWrapper(ModelWrapper.INSTANCE);
        // peersite.tr, .plural, .countOf and .kindLabel for every template (the default theme's labels.ftlh uses them).
        cfg.setSharedVariable(WordFunctions.NAME, WordFunctions.ALL);
        return cfg;
    }

    /**
     * Starts parsing every layout and partial on {@code executor}, for a caller that has a core to spare before
     * the first page is rendered: in a build from nothing, parsing the default theme's 26 templates took about
     * 65 ms of the render stage, while at the start of the build one core waited for the main thread. Rendering
     * waits until they are parsed: FreeMarker does not share a template being parsed, so a page would parse it
     * again. A template that does not parse is dropped from FreeMarker's cache again, so that the first page that
     * uses it meets the failure itself, and reports it, exactly as without this. Once per theme; a theme whose
     * templates nobody parsed ahead parses each when a page first needs it.
     */
    public synchronized void parseAhead(Executor executor) {
        if (parsedAhead == null) {
            parsedAhead = CompletableFuture.runAsync(this::parseTemplates, executor);
        }
    }

    private void parseTemplates() {
        for (String name : templates) {
            try {
                freemarker.getTemplate(name);
            } catch (IOException | RuntimeException | StackOverflowError e) {
                try {
                    freemarker.removeTemplateFromCache(name);
                } catch (IOException notCached) {
                    // Nothing kept to drop: the page that uses it parses it.
                }
            }
        }
    }

    /** Waits for {@link #parseAhead}'s work, if any; what it could not parse, a page parses and reports. */
    private void awaitParsedAhead() {
        CompletableFuture<Void> ahead = parsedAhead;
        if (ahead != null) {
            ahead.exceptionally(failure -> null).join();
        }
    }

    /**
     * Problems of the theme folder itself, found when it was opened: symbolic links that leave it, loop or point
     * at nothing (errors), named pipes, sockets and devices (warnings, skipped).
     */
    public List<Diagnostic> problems() {
        return problems;
    }

    /** HTML that is already safe (rendered Markdown, generated SVG), printed as it is by {@code ${...}}. */
    public static TemplateMarkupOutputModel<?> markup(String html) {
        return HtmlMarkup.ofMarkup(html);
    }

    /** The HTML inside a {@link #markup} value (or a body's, {@link BodyHtml}). */
    static String markupText(Object markup) {
        return ((HtmlMarkup) markup).markup();
    }

    /** The theme's assets folder, copied to {@code /assets/}. */
    public Path assets() {
        return dir.resolve("assets");
    }

    /** The theme folder. */
    Path dir() {
        return dir;
    }

    /** How diagnostics name the theme folder ({@code templates}). */
    String displayDir() {
        return displayDir;
    }

    private static String layoutPath(String layout) {
        return "layouts/" + layout + ".ftlh";
    }

    /**
     * Renders a layout; what stops it goes to {@code problems}, at the template line that has the mistake.
     *
     * @param layout      the layout's name ({@code guide} for {@code layouts/guide.ftlh})
     * @param model       the page model documented in {@code docs/theme.md}
     * @param renderedFor the page being rendered, named in a diagnostic
     * @return the HTML as UTF-8, or empty when the layout failed
     */
    public Optional<byte[]> render(String layout, Map<String, Object> model, String renderedFor, Diagnostics problems) {
        Template template;
        Position layoutFile = Position.of(displayDir + "/" + layoutPath(layout));
        awaitParsedAhead();
        try {
            template = freemarker.getTemplate(layoutPath(layout));
        } catch (TemplateNotFoundException e) {
            problems.add(Diagnostic.error("theme.missing-layout", layoutFile,
                            "no layout '" + layoutPath(layout) + "' for " + renderedFor)
                    .withHint("add " + displayDir + "/" + layoutPath(layout) + " (see docs/theme.md)"));
            return Optional.empty();
        } catch (ParseException e) {
            problems.add(syntaxError(e));
            return Optional.empty();
        } catch (IOException e) {
            // FreeMarker remembers a failed load: later pages get "an error ... on an earlier attempt", whose cause
            // is the same ParseException, reported at the same place, so once.
            ParseException earlier = cause(e, ParseException.class);
            if (earlier != null) {
                problems.add(syntaxError(earlier));
                return Optional.empty();
            }
            ThemeFiles.Refused refused = cause(e, ThemeFiles.Refused.class);
            problems.add(refused != null ? refused.problem()
                    : Diagnostic.error("theme.unreadable", layoutFile, "cannot read layout: " + e.getMessage()));
            return Optional.empty();
        }
        Utf8Writer spare = spareWriters.get();
        spareWriters.set(null);
        Utf8Writer out = spare != null ? spare : new Utf8Writer(PAGE_BYTES);
        try {
            template.process(wrappedOnce(model), out);
            return Optional.of(out.toByteArray());
        } catch (TemplateException e) {
            problems.add(renderError(e, model, renderedFor));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Diagnostic.error("theme.io", layoutFile, "layout failed: " + e.getMessage()));
            return Optional.empty();
        } catch (StackOverflowError e) {
            // The one Error a theme can cause: a macro, function or #include that calls itself without end.
            problems.add(TemplateRecursion.find(template, freemarker, displayDir)
                    .map(recursion -> recursion.shiftedBy(indentationOf(recursion.template(), recursion.line())))
                    .map(recursion -> recursion.diagnostic(renderedFor, this::sourceLine))
                    .orElseGet(() -> Diagnostic.error("theme.recursion", layoutFile, "rendering ran out of stack"
                            + " (while rendering " + renderedFor + "): a macro, function or #include in this layout"
                            + " or a template it uses calls itself without end")
                            .withHint("give the recursion a condition that stops it")));
            return Optional.empty();
        } finally {
            if (out.capacity() <= KEPT_BUFFER_BYTES) {
                out.reset();
                spareWriters.set(out);
            }
        }
    }

    /**
     * The model with its top-level values ({@code page}, {@code site}, {@code t}) wrapped for FreeMarker once: the
     * object wrapper would otherwise make a new adapter at every mention of them in a page's layout and partials
     * (about 300 places in the default theme). They behave the same, being the adapters the wrapper makes.
     */
    private TemplateHashModel wrappedOnce(Map<String, Object> model) throws TemplateModelException {
        ObjectWrapper wrapper = freemarker.getObjectWrapper();
        Map<String, Object> wrapped = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : model.entrySet()) {
            wrapped.put(entry.getKey(), wrapper.wrap(entry.getValue()));
        }
        return (TemplateHashModel) wrapper.wrap(wrapped);
    }

    /** The first exception of the given type in a chain of causes, or {@code null}. */
    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** A template that does not parse, explained at the place to fix; the same for every page that uses it. */
    private Diagnostic syntaxError(ParseException e) {
        String name = e.getTemplateName() != null ? e.getTemplateName() : "?";
        String text;
        try {
            text = Files.readString(dir.resolve(name));
        } catch (IOException | RuntimeException unreadable) {
            text = null;
        }
        return TemplateSyntax.explain(e, text, displayDir + "/" + name);
    }

    private Diagnostic renderError(TemplateException e, Map<String, Object> model, String renderedFor) {
        // A template that an #import or #include could not load is reported where its own problem is, once,
        // rather than as "Template importing failed" at every template that imports it.
        ParseException broken = cause(e.getCause(), ParseException.class);
        if (broken != null) {
            return syntaxError(broken);
        }
        ThemeFiles.Refused refused = cause(e.getCause(), ThemeFiles.Refused.class);
        if (refused != null) {
            return refused.problem();
        }
        String name = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : "?";
        int line = e.getLineNumber() != null ? e.getLineNumber() : 0;
        int column = e.getColumnNumber() != null ? e.getColumnNumber() + indentationOf(name, line) : 0;
        Position at = Position.of(displayDir + "/" + name, line, line == 0 ? 0 : column);
        String blamed = e.getBlamedExpressionString();
        boolean missing = e instanceof InvalidReferenceException && blamed != null;
        String message = missing ? "'" + blamed + "' is missing" : firstLine(e.getMessageWithoutStackTop());
        String hint = missing ? missingHint(blamed, model)
                : blamed != null ? "'" + blamed + "' failed; see docs/theme.md for the page model"
                : "see docs/theme.md for the page model";
        return Diagnostic.error("theme.render", at, message + " (while rendering " + renderedFor + ")")
                .withHint(hint)
                .withSourceLine(sourceLine(name, line));
    }

    /**
     * For {@code page.audiance}: the closest name the model really has ({@code page.audience}), or how to treat
     * a value that may be missing.
     */
    private static String missingHint(String blamed, Map<String, Object> model) {
        String[] parts = blamed.split("\\.");
        Object scope = model;
        for (int i = 0; i < parts.length - 1 && scope instanceof Map<?, ?> map; i++) {
            scope = map.get(parts[i]);
        }
        if (scope instanceof Map<?, ?> map && parts[parts.length - 1].matches("[A-Za-z_][A-Za-z0-9_]*")) {
            List<String> keys = map.keySet().stream().map(String::valueOf).toList();
            Optional<String> close = Suggestions.closest(parts[parts.length - 1], keys);
            if (close.isPresent()) {
                parts[parts.length - 1] = close.get();
                return "did you mean '" + String.join(".", parts) + "'?";
            }
        }
        return "check the name against docs/theme.md; a value that may be missing needs ?? or a default with !";
    }

    /** The indentation FreeMarker did not see on a line of a template: its columns are that much short. */
    private int indentationOf(String templateName, int line) {
        try {
            return TemplateIndentation.removed(Files.readString(dir.resolve(templateName)), line);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private String sourceLine(String templateName, int line) {
        try {
            return Lines.line(Files.readString(dir.resolve(templateName)), line);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "template error";
        }
        String trimmed = message.strip();
        int nl = trimmed.indexOf('\n');
        return nl < 0 ? trimmed : trimmed.substring(0, nl).strip();
    }
}
