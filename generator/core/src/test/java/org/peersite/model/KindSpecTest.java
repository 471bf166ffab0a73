package org.peersite.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peersite.diag.Diagnostics;
import org.peersite.internal.Decoder;
import org.peersite.internal.Encoder;
import org.peersite.source.FrontMatterSplitter;
import org.peersite.source.SourceFile;

/**
 * Every kind's descriptor, for every kind: a page with each of its fields reads without a problem, comes back
 * from the build cache as it was, and its placeholder (for a front matter that cannot be used) is its own kind.
 */
class KindSpecTest {

    /** Front matter with every field of each kind, the kind's own and the common ones. */
    private static final Map<Kind, String> FULL = Map.of(
            Kind.INTERVIEW, """
                    title: A talk
                    date: 2024-05-01
                    summary: What was said.
                    interviewee: {name: Ada, role: founder}
                    interviewer: Bo
                    publication: Leaders Quarterly
                    source: {title: The talk, url: "https://example.org/talk"}
                    concepts: [trust]
                    tags: [peers]
                    """,
            Kind.FRAMEWORK, """
                    title: The ladder
                    summary: How it goes.
                    stages:
                      - {name: Connect, concept: trust, summary: Meet.}
                      - {name: Commit, concept: candour, summary: Promise.}
                    concepts: [trust]
                    """,
            Kind.GUIDE, """
                    title: A meeting
                    summary: How to run it.
                    audience: chairs
                    duration: 30
                    agenda:
                      - {minutes: 10, activity: Check in, concept: trust}
                      - {minutes: 20, activity: Talk}
                    """,
            Kind.CONCEPT, """
                    title: Trust
                    summary: Relying on peers.
                    aliases: [Reliance, Faith]
                    related: [candour]
                    """,
            Kind.PAGE, """
                    title: About
                    """);

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPageWithEveryFieldComesBackFromTheCacheAsItWas(Kind kind) throws IOException {
        String folder = kind.folder() == null ? "" : kind.folder() + "/";
        Diagnostics problems = new Diagnostics();
        SourceFile file = FrontMatterSplitter.split(folder + "x.md", "content/" + folder + "x.md",
                "---\n" + FULL.get(kind) + "---\nBody.\n", problems);
        PageMeta meta = MetaParser.parse(file, kind, problems);
        assertThat(problems).isEmpty();

        Encoder out = new Encoder();
        kind.spec().encode(meta, out);
        Decoder in = new Decoder(out.toByteArray());

        assertThat(kind.spec().decode(in)).isEqualTo(meta.details());
        assertThat(in.atEnd()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPlaceholderIsOfItsOwnKindAndComesBackFromTheCacheToo(Kind kind) throws IOException {
        PageMeta.Details placeholder = kind.spec().placeholder();
        Encoder out = new Encoder();
        kind.spec().encode(new PageMeta("t", null, null, null, null, java.util.List.of(), false, null,
                java.util.List.of(), placeholder), out);

        assertThat(kind.spec().decode(new Decoder(out.toByteArray()))).isEqualTo(placeholder);
    }

    /** A kind's id is its lower-case name, the same string each time (the page models ask for it per backlink). */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void idIsTheLowerCaseNameMadeOnce(Kind kind) {
        assertThat(kind.id()).isEqualTo(kind.name().toLowerCase(Locale.ROOT)).isSameAs(kind.id());
    }
}
