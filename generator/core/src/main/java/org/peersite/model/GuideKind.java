package org.peersite.model;

import static org.peersite.model.YamlMap.Presence.OPTIONAL;
import static org.peersite.model.YamlMap.Presence.REQUIRED;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.peersite.internal.Decoder;
import org.peersite.internal.Encoder;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A group guide: who it is for ({@code audience}), how long it takes ({@code duration}, minutes) and its
 * {@code agenda}, each item {@code minutes}, an {@code activity} and optionally the {@code concept} it practises;
 * the agenda's minutes must add up to the duration.
 */
final class GuideKind extends KindSpec<GuideKind.Guide> {

    private static final Map<String, String> EXAMPLES = Map.of(
            "audience", "audience: \"new group chairs\"",
            "duration", "duration: 90",
            "agenda", "agenda: [{minutes: 15, activity: \"Check-in round\"}]",
            "agenda.minutes", "minutes: 15",
            "agenda.activity", "activity: \"Check-in round\"");

    /** The smallest front matter of this kind, shown when a file has none. */
    private static final String MINIMAL = """
            ---
            title: "Running a monthly meeting"
            summary: "One sentence on what the guide helps with."
            audience: "new group chairs"
            duration: 60
            agenda:
              - minutes: 60
                activity: "Open discussion"
            ---""";

    /** The front matter of its own and the body a new guide starts from when the theme has none. */
    private static final String ARCHETYPE = """
            summary: "One sentence on what the session helps a group do."
            audience: "Who runs or attends the session"
            duration: 60
            agenda:
              - minutes: 10
                activity: "Welcome and check-in"
              - minutes: 40
                activity: "The main activity"
              - minutes: 10
                activity: "Close: what each member commits to before the next meeting"
            # A draft is shown by peersite serve and left out of builds; remove this line to publish.
            draft: true
            ---

            What the facilitator prepares, and how each part of the agenda runs.
            """;

    static final GuideKind SPEC = new GuideKind();

    /** One time box of a guide's agenda. {@code concept} may be {@code null}. */
    record AgendaItem(int minutes, String activity, Ref concept) {
    }

    /** A guide's own fields. */
    record Guide(String audience, int duration, List<AgendaItem> agenda, List<String> aliases)
            implements PageMeta.Details {
        Guide {
            agenda = List.copyOf(agenda);
            aliases = List.copyOf(aliases);
        }

        @Override
        public List<String> aliases() {
            return aliases;
        }

        @Override
        public List<Ref> references() {
            return agenda.stream().map(AgendaItem::concept).filter(Objects::nonNull).toList();
        }

        @Override
        public Optional<String> referenceContext(Ref ref) {
            return agenda.stream().filter(a -> a.concept() == ref).findFirst().map(AgendaItem::activity);
        }
    }

    private GuideKind() {
        super(Guide.class, Set.of(Trait.LISTS_CONCEPTS, Trait.ARTICLE), Set.of("audience", "duration", "agenda", "aliases", "alias"),
                EXAMPLES, MINIMAL, ARCHETYPE);
    }

    @Override
    Guide read(YamlMap fm) {
        String audience = fm.text("audience", REQUIRED);
        Integer duration = fm.positiveInt("duration", REQUIRED);
        List<YamlMap> items = fm.mapList("agenda", REQUIRED);
        List<AgendaItem> agenda = new ArrayList<>();
        boolean complete = fm.node("agenda") instanceof SequenceNode written
                && written.getValue().size() == items.size() && !items.isEmpty();
        int total = 0;
        for (YamlMap item : items) {
            Integer minutes = item.positiveInt("minutes", REQUIRED);
            agenda.add(new AgendaItem(minutes == null ? 0 : minutes, item.text("activity", REQUIRED),
                    item.ref("concept", OPTIONAL)));
            complete &= minutes != null;
            total += minutes == null ? 0 : minutes;
        }
        if (duration != null && complete && total != duration) {
            fm.errorWithCode("guide.agenda-total", fm.node("duration"),
                    "agenda adds up to " + total + " minutes but 'duration' is " + duration,
                    "make the agenda's minutes add up to " + duration + ", or set duration: " + total);
        }
        return new Guide(audience, duration == null ? 0 : duration, agenda, aliases(fm));
    }

    @Override
    Guide placeholder() {
        return new Guide(null, 0, List.of(), List.of());
    }

    @Override
    void pageFields(Guide guide, PageMeta meta, PageFields out) {
        listFacts(guide, out);
        List<Object> agenda = new ArrayList<>();
        int clock = 0;
        for (AgendaItem item : guide.agenda()) {
            agenda.add(out.map("start", clock(clock), "end", clock(clock + item.minutes()), "minutes", item.minutes(),
                    "activity", item.activity(), "concept", out.concept(item.concept(), false)));
            clock += item.minutes();
        }
        out.put("agenda", List.copyOf(agenda));
    }

    @Override
    void listFacts(Guide guide, PageFields out) {
        out.put("audience", guide.audience());
        out.put("duration", guide.duration());
        out.put("durationDisplay", out.duration(guide.duration()));
    }

    /** Elapsed time as {@code H:MM}. */
    static String clock(int minutes) {
        return minutes / 60 + ":" + (minutes % 60 < 10 ? "0" : "") + minutes % 60;
    }

    @Override
    void searchText(Guide guide, SearchFields out) {
        guide.aliases().forEach(out::alias);
        for (AgendaItem item : guide.agenda()) {
            out.body(item.activity());
        }
    }

    @Override
    void encode(Guide guide, Encoder out) throws IOException {
        out.string(guide.audience());
        out.number(guide.duration());
        out.number(guide.agenda().size());
        for (AgendaItem item : guide.agenda()) {
            out.number(item.minutes());
            out.string(item.activity());
            Ref.encode(item.concept(), out);
        }
        out.strings(guide.aliases());
    }

    @Override
    public Guide decode(Decoder in) throws IOException {
        String audience = in.string();
        int duration = in.count();
        int n = in.count();
        List<AgendaItem> agenda = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            agenda.add(new AgendaItem(in.count(), in.string(), Ref.decode(in)));
        }
        return new Guide(audience, duration, agenda, in.strings());
    }
}
