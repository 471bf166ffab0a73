package org.peersite.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;
import org.peersite.source.SourceFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** TEMPORARY stand-in until the schema work lands; replaced wholesale. */
public final class MetaParser {

    private MetaParser() {
    }

    @SuppressWarnings("unchecked")
    public static PageMeta parse(SourceFile file, Kind kind, List<Diagnostic> out) {
        if (!file.hasFrontMatter()) {
            out.add(Diagnostic.error("front-matter.missing", Position.of(file.displayPath(), 1, 1), "no front matter"));
            return null;
        }
        Map<String, Object> m = new Yaml(new SafeConstructor(new LoaderOptions())).load(file.frontMatter());
        Position p = Position.of(file.displayPath(), file.frontMatterLine(), 1);
        List<Ref> concepts = refs(m.get("concepts"), p);
        Object date = m.get("date");
        LocalDate d = date instanceof java.util.Date dd ? dd.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate() : null;
        PageMeta.Details details = switch (kind) {
            case INTERVIEW -> {
                Map<String, Object> who = (Map<String, Object>) m.get("interviewee");
                yield new PageMeta.Interview(new PageMeta.Person((String) who.get("name"), (String) who.get("role")),
                        (String) m.get("interviewer"), (String) m.get("publication"), null);
            }
            case FRAMEWORK -> {
                List<PageMeta.Stage> stages = new ArrayList<>();
                for (Map<String, Object> s : (List<Map<String, Object>>) m.get("stages")) {
                    stages.add(new PageMeta.Stage((String) s.get("name"), new Ref((String) s.get("concept"), p),
                            (String) s.get("summary")));
                }
                yield new PageMeta.Framework(stages);
            }
            case GUIDE -> {
                List<PageMeta.AgendaItem> items = new ArrayList<>();
                for (Map<String, Object> s : (List<Map<String, Object>>) m.get("agenda")) {
                    items.add(new PageMeta.AgendaItem((Integer) s.get("minutes"), (String) s.get("activity"),
                            s.get("concept") == null ? null : new Ref((String) s.get("concept"), p)));
                }
                yield new PageMeta.Guide((String) m.get("audience"), (Integer) m.get("duration"), items);
            }
            case CONCEPT -> new PageMeta.Concept(m.get("aliases") == null ? List.of() : (List<String>) m.get("aliases"),
                    refs(m.get("related"), p));
            case PAGE -> new PageMeta.Plain();
        };
        return new PageMeta((String) m.get("title"), (String) m.get("summary"), d, (String) m.get("slug"),
                m.get("tags") == null ? List.of() : (List<String>) m.get("tags"),
                Boolean.TRUE.equals(m.get("draft")), (Boolean) m.get("autolink"), concepts, details);
    }

    @SuppressWarnings("unchecked")
    private static List<Ref> refs(Object o, Position p) {
        List<Ref> out = new ArrayList<>();
        if (o != null) {
            for (String s : (List<String>) o) {
                out.add(new Ref(s, p));
            }
        }
        return out;
    }
}
