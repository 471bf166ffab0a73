package org.peersite.render;

import java.util.Map;

import org.peersite.model.Page;
import org.peersite.model.PageMeta;

/**
 * What a reader chooses a page by in a list (sections, tags, the home page's latest): an interview's interviewee
 * and role, a guide's duration and audience, a framework's number of stages. Stateless and thread-safe.
 */
final class ListFacts {

    private ListFacts() {
    }

    /** The kind's facts as page-model fields (see {@code page.items} in docs/theme.md); none for other kinds. */
    static Map<String, Object> of(Page page, Words words) {
        PageMeta.Details details = page.meta().details();
        if (details instanceof PageMeta.Interview interview && interview.interviewee() != null) {
            return Model.of("interviewee", Model.of("name", interview.interviewee().name(),
                    "role", interview.interviewee().role()));
        }
        if (details instanceof PageMeta.Guide guide) {
            return Model.of("audience", guide.audience(), "duration", guide.duration(),
                    "durationDisplay", words.duration(guide.duration()));
        }
        if (details instanceof PageMeta.Framework framework) {
            int stages = framework.stages().size();
            return Model.of("stageCount", stages, "stagesDisplay", words.count("count.stages", stages));
        }
        return Map.of();
    }
}
