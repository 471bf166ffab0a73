package org.peersite.diag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Diagnostics as peersite's own JSON document, for tools that want every field without parsing text. The
 * schema is versioned and documented in {@code docs/diagnostics-json.md}, with a JSON Schema beside it
 * ({@code docs/diagnostics-json.schema.json}): {@value #FORMAT} version {@value #VERSION}. A new optional field
 * keeps the version; removing or changing the meaning of one raises it. Stateless and thread-safe.
 */
public final class JsonReport {

    /** The value of the document's {@code format} field. */
    public static final String FORMAT = "peersite-diagnostics";
    /** The value of the document's {@code version} field. */
    public static final int VERSION = 1;

    private JsonReport() {
    }

    /** The whole document, in the order given, ending in a newline. */
    public static String format(List<Diagnostic> diagnostics, Tool tool) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("version", VERSION);
        Map<String, Object> toolFields = new LinkedHashMap<>();
        toolFields.put("name", tool.name());
        toolFields.put("version", tool.version());
        document.put("tool", toolFields);
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("errors", errors);
        summary.put("warnings", diagnostics.size() - errors);
        document.put("summary", summary);
        List<Object> items = new ArrayList<>();
        diagnostics.forEach(d -> items.add(item(d)));
        document.put("diagnostics", items);
        return Json.write(document);
    }

    private static Map<String, Object> item(Diagnostic d) {
        Position p = d.position();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("severity", d.severity().label());
        item.put("code", d.code());
        item.put("message", d.message());
        item.put("hint", d.hint());
        item.put("file", p.file());
        item.put("line", p.line() > 0 ? p.line() : null);
        item.put("column", p.line() > 0 && p.column() > 0 ? p.column() : null);
        item.put("sourceLine", d.sourceLine() == null ? null : SourceExcerpt.of(d.sourceLine(), p.column()).text());
        item.put("text", DiagnosticFormatter.format(d));
        return item;
    }
}
