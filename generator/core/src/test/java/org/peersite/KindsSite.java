package org.peersite;

/**
 * A small site with one page of every kind and every field the reader-facing features show (dates and an
 * updated day, an original source, aliases, tags, a checklist), for the tests of sharing, feeds, languages and
 * list pages. Written with {@link TestSite#write}; built with the project's own theme.
 */
final class KindsSite {

    static final String BASE_URL = "https://example.org/peers/";

    static final String SITE_YAML = """
            === content/site.yaml
            title: Peer Notes
            baseUrl: https://example.org/peers/
            description: Notes on what leaders gain from their peers.
            """;

    static final String PAGES = """
            === content/index.md
            ---
            title: Welcome
            ---
            Start with [[ada]], [[ladder]], [[meeting]], [[accelerate]] and [[about]].
            === content/about.md
            ---
            title: About
            ---
            This site collects notes on peer groups, written by a small team of group chairs who meet every month.
            === content/interviews/ada.md
            ---
            title: Ada on peers
            date: 2024-05-01
            updated: 2024-06-10
            interviewee: {name: Ada Byron, role: "Founder, Analytical Engines"}
            summary: Ada on what her peer group changed.
            source: {title: The Peer Review, url: "https://example.org/review"}
            tags: [leadership]
            ---
            We accelerate together.

            ## Why peers?

            Because they see what I do not.
            === content/frameworks/ladder.md
            ---
            title: The ladder
            date: 2024-03-01
            summary: From meeting peers to growing with them.
            stages:
              - {name: Meet, concept: network, summary: Meet peers.}
              - {name: Grow, concept: accelerate, summary: Grow with them.}
            tags: [leadership]
            ---
            How the stages follow one another.
            === content/guides/meeting.md
            ---
            title: Meeting
            date: 2024-04-01
            summary: How to run a first meeting.
            audience: new chairs
            duration: 90
            agenda:
              - {minutes: 15, activity: Check-in, concept: network}
              - {minutes: 75, activity: Hot seat}
            tags: [facilitation]
            ---
            ## Before the meeting

            - [ ] Book the room
            - [ ] Send the agenda
            === content/concepts/accelerate.md
            ---
            title: Accelerate
            summary: Growing with peers over the long term.
            aliases: [Accelerating]
            related: [network]
            ---
            The deepest way to engage.
            === content/concepts/network.md
            ---
            title: Network
            summary: Deliberate contact with peers.
            ---
            Plain.
            """;

    static final String SPEC = SITE_YAML + PAGES;

    private KindsSite() {
    }
}
