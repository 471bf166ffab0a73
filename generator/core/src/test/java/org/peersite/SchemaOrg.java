package org.peersite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The schema.org vocabulary (see {@code src/test/resources/schemaorg/README.md} for where it comes from) and a
 * checker for JSON-LD against it: every {@code @type} is a schema.org class, every property a schema.org
 * property, neither superseded, each property used on a node one of whose types lies in the property's domain
 * ({@code domainIncludes}, with subclasses), and each nested typed node of a type in the property's range
 * ({@code rangeIncludes}). Text values are accepted for any property, as schema.org itself says consumers
 * should; numbers and booleans only where the range has such a data type.
 */
final class SchemaOrg {

    private static final String NS = "http://schema.org/";
    private static final Pattern TRIPLE = Pattern.compile("<([^>]+)> <([^>]+)> <([^>]+)> \\.");

    private final Set<String> classes = new HashSet<>();
    private final Set<String> properties = new HashSet<>();
    private final Map<String, Set<String>> superClasses = new HashMap<>();
    private final Map<String, Set<String>> domains = new HashMap<>();
    private final Map<String, Set<String>> ranges = new HashMap<>();
    private final Set<String> superseded = new HashSet<>();

    private SchemaOrg() {
    }

    /** The vocabulary from the test resources. */
    static SchemaOrg load() {
        SchemaOrg vocabulary = new SchemaOrg();
        try (InputStream in = SchemaOrg.class.getResourceAsStream("/schemaorg/schemaorg-vocabulary.nt.gz");
             BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                     StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher m = TRIPLE.matcher(line);
                if (!m.matches()) {
                    throw new IllegalStateException("not a statement of the vocabulary: " + line);
                }
                vocabulary.add(local(m.group(1)), m.group(2), local(m.group(3)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return vocabulary;
    }

    private void add(String subject, String predicate, String object) {
        switch (predicate) {
            case "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" -> {
                if (object.equals("http://www.w3.org/2000/01/rdf-schema#Class")) {
                    classes.add(subject);
                } else if (object.equals("http://www.w3.org/1999/02/22-rdf-syntax-ns#Property")) {
                    properties.add(subject);
                } else if (object.equals("DataType")) {
                    classes.add(subject);   // Text, URL, Date...: data types are classes of their own
                }
            }
            case "http://www.w3.org/2000/01/rdf-schema#subClassOf" ->
                    superClasses.computeIfAbsent(subject, k -> new HashSet<>()).add(object);
            case "http://schema.org/domainIncludes" -> domains.computeIfAbsent(subject, k -> new HashSet<>()).add(object);
            case "http://schema.org/rangeIncludes" -> ranges.computeIfAbsent(subject, k -> new HashSet<>()).add(object);
            case "http://schema.org/supersededBy" -> superseded.add(subject);
            default -> {
                // rdfs:subPropertyOf and schema:isPartOf are kept in the file but not needed for these checks.
            }
        }
    }

    /** {@code http://schema.org/Article} is {@code Article}; other IRIs stay as they are. */
    private static String local(String iri) {
        return iri.startsWith(NS) ? iri.substring(NS.length()) : iri;
    }

    boolean isClass(String name) {
        return classes.contains(name);
    }

    boolean isProperty(String name) {
        return properties.contains(name);
    }

    /** The class and every class above it. */
    Set<String> andAncestors(String type) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(superClasses.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    /** Every problem of a JSON-LD document, as "path: message"; empty when it is valid. */
    List<String> problems(JsonNode document) {
        List<String> out = new ArrayList<>();
        if (!document.path("@context").asText().equals("https://schema.org")) {
            out.add("$: @context must be https://schema.org, not " + document.path("@context"));
        }
        if (document.has("@graph")) {
            JsonNode graph = document.get("@graph");
            for (int i = 0; i < graph.size(); i++) {
                node(graph.get(i), "$.@graph[" + i + "]", out);
            }
        } else {
            node(document, "$", out);
        }
        return out;
    }

    private Set<String> node(JsonNode node, String path, List<String> out) {
        Set<String> types = new HashSet<>();
        JsonNode type = node.get("@type");
        if (type != null) {
            List<JsonNode> all = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(all::add);
            } else {
                all.add(type);
            }
            for (JsonNode t : all) {
                String name = t.asText();
                if (!isClass(name)) {
                    out.add(path + ": '" + name + "' is no schema.org type");
                } else if (superseded.contains(name)) {
                    out.add(path + ": '" + name + "' is superseded in schema.org");
                }
                types.add(name);
            }
        }
        Set<String> ancestors = new HashSet<>();
        types.forEach(t -> ancestors.addAll(andAncestors(t)));
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.startsWith("@")) {
                continue;
            }
            String at = path + "." + name;
            if (!isProperty(name)) {
                out.add(at + ": '" + name + "' is no schema.org property");
                continue;
            }
            if (superseded.contains(name)) {
                out.add(at + ": '" + name + "' is superseded in schema.org");
            }
            if (types.isEmpty()) {
                out.add(at + ": a node with properties needs an @type");
            } else if (domains.getOrDefault(name, Set.of()).stream().noneMatch(ancestors::contains)) {
                out.add(at + ": '" + name + "' is not a property of " + new TreeSet<>(types) + " (its domain: "
                        + new TreeSet<>(domains.getOrDefault(name, Set.of())) + ")");
            }
            JsonNode value = field.getValue();
            List<JsonNode> values = new ArrayList<>();
            value.forEach(values::add);
            for (int i = 0; i < (value.isArray() ? values.size() : 1); i++) {
                value(name, value.isArray() ? values.get(i) : value, value.isArray() ? at + "[" + i + "]" : at, out);
            }
        }
        return types;
    }

    private void value(String property, JsonNode value, String path, List<String> out) {
        Set<String> range = ranges.getOrDefault(property, Set.of());
        if (value.isObject()) {
            Set<String> types = node(value, path, out);
            if (!types.isEmpty() && types.stream().noneMatch(t -> andAncestors(t).stream().anyMatch(range::contains))) {
                out.add(path + ": " + new TreeSet<>(types) + " is not in the range of '" + property + "' "
                        + new TreeSet<>(range));
            }
        } else if (value.isNumber()) {
            if (range.stream().noneMatch(r -> r.equals("Number") || r.equals("Integer") || r.equals("Float")
                    || r.equals("Text"))) {
                out.add(path + ": a number is no value of '" + property + "' " + new TreeSet<>(range));
            }
        } else if (value.isBoolean()) {
            if (!range.contains("Boolean")) {
                out.add(path + ": a boolean is no value of '" + property + "' " + new TreeSet<>(range));
            }
        } else if (!value.isTextual()) {
            out.add(path + ": " + value.getNodeType() + " is no JSON-LD value");
        }
    }

    @Override
    public String toString() {
        return "schema.org: " + classes.size() + " types, " + properties.size() + " properties";
    }
}
