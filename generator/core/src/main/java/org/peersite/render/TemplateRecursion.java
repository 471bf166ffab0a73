package org.peersite.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import freemarker.core.Macro;
import freemarker.core.TemplateElement;
import freemarker.template.Configuration;
import freemarker.template.Template;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;

/**
 * Where a theme calls itself without end, found after rendering ran out of stack: the macro, function or
 * {@code #include} on a cycle reachable from the layout, so that the error is reported once, at the template line
 * that has the mistake, rather than at every layout that happens to use it. FreeMarker keeps no trace of where it
 * was when the stack overflowed, so the templates' syntax trees are read instead: each macro and function, and
 * each template, is a node; a call ({@code <@name/>}, {@code name(...)}) or an include is an edge. The first
 * cycle a depth-first walk from the layout meets is the one reported (a theme that recurses on purpose, with a
 * condition, has cycles too; only after the stack overflowed is one blamed). Stateless.
 */
final class TemplateRecursion {

    private static final Pattern CALL = Pattern.compile("^<@([\\w.]+)");
    private static final Pattern INCLUDE = Pattern.compile("^<#include\\s+\"([^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile("^<#import\\s+\"([^\"]+)\"\\s+as\\s+(\\w+)");
    private static final Pattern FUNCTION_CALL = Pattern.compile("([\\w.]+)\\s*\\(");

    /**
     * A cycle found: where to report it and what it is.
     *
     * @param template the template (by its name in the theme) that holds the line
     * @param cycle    the names along the cycle, the first repeated last ({@code again → again})
     * @param kind     "macro", "function" or "#include"
     */
    record Found(String template, int line, int column, String kind, List<String> cycle, String displayDir) {

        /** The same place, {@code columns} further right (for a line whose indentation FreeMarker did not see). */
        Found shiftedBy(int columns) {
            return new Found(template, line, column + columns, kind, cycle, displayDir);
        }

        Diagnostic diagnostic(String renderedFor, BiFunction<String, Integer, String> sourceLine) {
            String what = kind.equals("#include") ? "this #include includes '" + cycle.get(0) + "' again"
                    : "the " + kind + " '" + cycle.get(0) + "' calls itself";
            String through = cycle.size() > 2 ? " (through " + String.join(" → ", cycle) + ")" : "";
            return Diagnostic.error("theme.recursion", Position.of(displayDir + "/" + template, line, column),
                            what + " without end" + through + " (while rendering " + renderedFor + ")")
                    .withHint("give the recursion a condition that stops it")
                    .withSourceLine(sourceLine.apply(template, line));
        }
    }

    private TemplateRecursion() {
    }

    /** The first cycle reachable from the layout, or empty when none is found (then the layout is blamed). */
    static Optional<Found> find(Template layout, Configuration freemarker, String displayDir) {
        Graph graph = new Graph(freemarker);
        return graph.walk(Node.template(layout.getName()), new ArrayList<>(), new HashMap<>())
                .map(found -> new Found(found.template(), found.line(), found.column(), found.kind(), found.cycle(),
                        displayDir));
    }

    /** A macro or function ({@code template#name}), or a template's own content ({@code template}). */
    private record Node(String template, String macro) {
        static Node template(String name) {
            return new Node(name, null);
        }

        String label() {
            return macro != null ? macro : template;
        }
    }

    /** Where an edge is written, and what it reaches. */
    private record Edge(Node to, String template, int line, int column) {
    }

    private record Cycle(String template, int line, int column, String kind, List<String> cycle) {
    }

    /** The call graph, read template by template as the walk reaches them. */
    private static final class Graph {
        private final Configuration freemarker;
        private final Map<Node, List<Edge>> edges = new HashMap<>();

        Graph(Configuration freemarker) {
            this.freemarker = freemarker;
        }

        /** Depth-first; {@code state}: absent unvisited, true on the current path, false done. */
        Optional<Cycle> walk(Node node, List<Node> path, Map<Node, Boolean> state) {
            state.put(node, true);
            path.add(node);
            for (Edge edge : edgesOf(node)) {
                Boolean seen = state.get(edge.to());
                if (Boolean.TRUE.equals(seen)) {
                    return Optional.of(cycle(path, edge));
                }
                if (seen == null) {
                    Optional<Cycle> found = walk(edge.to(), path, state);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            path.remove(path.size() - 1);
            state.put(node, false);
            return Optional.empty();
        }

        /** The cycle that {@code back} closes: at a macro's or function's definition, or at the #include. */
        private Cycle cycle(List<Node> path, Edge back) {
            List<String> names = new ArrayList<>();
            for (Node n : path.subList(path.indexOf(back.to()), path.size())) {
                names.add(n.label());
            }
            names.add(back.to().label());
            Node start = back.to();
            if (start.macro() == null) {
                return new Cycle(back.template(), back.line(), back.column(), "#include", names);
            }
            Macro macro = (Macro) template(start.template()).map(t -> t.getMacros().get(start.macro())).orElse(null);
            return macro == null ? new Cycle(back.template(), back.line(), back.column(), "macro", names)
                    : new Cycle(start.template(), macro.getBeginLine(), macro.getBeginColumn(),
                    macro.isFunction() ? "function" : "macro", names);
        }

        private List<Edge> edgesOf(Node node) {
            return edges.computeIfAbsent(node, n -> {
                List<Edge> out = new ArrayList<>();
                template(n.template()).ifPresent(t -> {
                    TemplateElement body = n.macro() == null ? t.getRootTreeNode()
                            : (TemplateElement) t.getMacros().get(n.macro());
                    if (body != null) {
                        collect(t, body, n.macro() == null, out);
                    }
                });
                return out;
            });
        }

        /** The edges of one body; a template's own content leaves out the macros it defines. */
        @SuppressWarnings("deprecation") // TemplateElement's tree-node API is the public way to walk the tree
        private void collect(Template template, TemplateElement element, boolean skipMacros, List<Edge> out) {
            for (int i = 0; i < element.getChildCount(); i++) {
                TemplateElement child = (TemplateElement) element.getChildAt(i);
                if (child instanceof Macro && skipMacros) {
                    continue;
                }
                edges(template, child, out);
                collect(template, child, skipMacros, out);
            }
        }

        private void edges(Template template, TemplateElement element, List<Edge> out) {
            String canonical = element.getCanonicalForm();
            String head = element.getChildCount() == 0 ? canonical
                    : canonical.substring(0, Math.max(0, canonical.indexOf('>') + 1));
            Matcher call = CALL.matcher(head);
            if (call.find()) {
                macro(template, call.group(1)).ifPresent(to -> out.add(edge(to, template, element)));
            }
            Matcher include = INCLUDE.matcher(head);
            if (include.find()) {
                out.add(edge(Node.template(resolve(template.getName(), include.group(1))), template, element));
            }
            Matcher function = FUNCTION_CALL.matcher(head);
            while (function.find()) {
                macro(template, function.group(1)).filter(to -> isFunction(to))
                        .ifPresent(to -> out.add(edge(to, template, element)));
            }
        }

        private static Edge edge(Node to, Template template, TemplateElement at) {
            return new Edge(to, template.getName(), at.getBeginLine(), at.getBeginColumn());
        }

        /** The macro a name calls: one of the template's own, or {@code ns.name} of a template it imports. */
        private Optional<Node> macro(Template template, String name) {
            int dot = name.indexOf('.');
            if (dot < 0) {
                return template.getMacros().containsKey(name) ? Optional.of(new Node(template.getName(), name))
                        : Optional.empty();
            }
            String library = imports(template).get(name.substring(0, dot));
            String macro = name.substring(dot + 1);
            return Optional.ofNullable(library).flatMap(this::template)
                    .filter(t -> t.getMacros().containsKey(macro)).map(t -> new Node(t.getName(), macro));
        }

        private boolean isFunction(Node node) {
            return template(node.template()).map(t -> t.getMacros().get(node.macro()))
                    .map(m -> ((Macro) m).isFunction()).orElse(false);
        }

        /** The namespaces a template imports, by name, each to the imported template's name. */
        private static Map<String, String> imports(Template template) {
            Map<String, String> imports = new LinkedHashMap<>();
            for (Object load : template.getImports()) {
                Matcher m = IMPORT.matcher(((TemplateElement) load).getCanonicalForm());
                if (m.find()) {
                    imports.put(m.group(2), resolve(template.getName(), m.group(1)));
                }
            }
            return imports;
        }

        /** A template name as FreeMarker resolves it: from the theme's root when it starts with '/'. */
        private static String resolve(String from, String name) {
            if (name.startsWith("/")) {
                return name.substring(1);
            }
            int slash = from.lastIndexOf('/');
            return slash < 0 ? name : from.substring(0, slash + 1) + name;
        }

        private Optional<Template> template(String name) {
            try {
                return Optional.of(freemarker.getTemplate(name));
            } catch (IOException e) {
                return Optional.empty();   // a template that cannot be loaded was reported when it was used
            }
        }
    }
}
