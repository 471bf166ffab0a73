package org.peersite.diag;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Diagnostics as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), which code-scanning
 * services read: one run, a rule per diagnostic code, a result per diagnostic with its file (a URI relative to
 * the project, {@code %SRCROOT%}), line and column. Columns count UTF-16 code units, as peersite's do. Warnings
 * are {@code warning} results and errors {@code error} ones. Stateless and thread-safe.
 */
public final class SarifReport {

    /** The schema a SARIF 2.1.0 log names. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    /** The whole log, ending in a newline. */
    public static String format(List<Diagnostic> diagnostics, Tool tool) {
        List<String> ruleIds = List.copyOf(new TreeSet<>(diagnostics.stream().map(Diagnostic::code).toList()));
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", tool.name());
        driver.put("version", tool.version());
        driver.put("semanticVersion", tool.version());
        if (tool.informationUri() != null) {
            driver.put("informationUri", tool.informationUri());
        }
        List<Object> rules = new ArrayList<>();
        ruleIds.forEach(id -> rules.add(map("id", id, "name", id)));
        driver.put("rules", rules);

        List<Object> results = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            results.add(result(d, ruleIds.indexOf(d.code())));
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", map("driver", driver));
        run.put("columnKind", "utf16CodeUnits");
        run.put("results", results);

        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return Json.write(log);
    }

    private static Map<String, Object> result(Diagnostic d, int ruleIndex) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", d.code());
        result.put("ruleIndex", ruleIndex);
        result.put("level", d.isError() ? "error" : "warning");
        String text = d.hint() == null || d.hint().isEmpty() ? d.message() : d.message() + "\nhint: " + d.hint();
        result.put("message", map("text", text));
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", map("uri", uri(d.position().file()), "uriBaseId", "%SRCROOT%"));
        Position p = d.position();
        if (p.line() > 0) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", p.line());
            if (p.column() > 0) {
                region.put("startColumn", p.column());
            }
            if (d.sourceLine() != null) {
                region.put("snippet", map("text", SourceExcerpt.of(d.sourceLine(), p.column()).text()));
            }
            physical.put("region", region);
        }
        result.put("locations", List.of(map("physicalLocation", physical)));
        return result;
    }

    /**
     * A relative file name as a URI reference: each byte of its UTF-8 form outside the unreserved characters
     * and {@code /} percent-encoded ({@code content/my notes.md} is {@code content/my%20notes.md}).
     */
    static String uri(String file) {
        StringBuilder out = new StringBuilder();
        for (byte b : file.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
            if (plain) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
