package org.peersite.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which stage a sampled stack belongs to, on the pipeline's thread and on the pool's. */
class ProfileSummaryTest {

    @Test
    void theStageNearestTheThreadsStartDecidesAsTimingsCounts() {
        assertThat(ProfileSummary.stage(List.of("org.commonmark.parser.Parser.parse",
                "org.peersite.pipeline.ParseStage.lambda$run$2", "java.util.concurrent.ForkJoinTask.doExec")))
                .isEqualTo("parse");
        assertThat(ProfileSummary.stage(List.of("org.peersite.graph.PhraseMatcher.findInNfc",
                "org.peersite.graph.PageLinker.link", "org.peersite.graph.Linker.lambda$link$1",
                "org.peersite.internal.Workers.guarded"))).as("a pool thread of the link stage").isEqualTo("link");
        assertThat(ProfileSummary.stage(List.of("org.peersite.markdown.MarkdownParser.parse",
                "org.peersite.pipeline.ParseStage.body", "org.peersite.graph.Linker.lambda$link$1")))
                .as("a body the link stage parses").isEqualTo("link");
        assertThat(ProfileSummary.stage(List.of("org.peersite.output.StagedOutput.accept",
                "org.peersite.pipeline.RenderStage.make", "org.peersite.pipeline.RenderStage.run")))
                .as("a file written as it is rendered").isEqualTo("render");
        assertThat(ProfileSummary.stage(List.of("org.peersite.internal.Names.key",
                "org.peersite.pipeline.Pipeline.link", "org.peersite.pipeline.Pipeline.lambda$update$2",
                "org.peersite.pipeline.Pipeline.update"))).isEqualTo("link");
        assertThat(ProfileSummary.stage(List.of("freemarker.core.Environment.process",
                "org.peersite.render.Theme.render", "org.peersite.pipeline.RenderStage.lambda$run$0")))
                .isEqualTo("render");
        assertThat(ProfileSummary.stage(List.of("java.io.DataOutputStream.write",
                "org.peersite.pipeline.StateCodec.write", "org.peersite.pipeline.StateCache.write")))
                .isEqualTo("cache");
        assertThat(ProfileSummary.stage(List.of("sun.nio.ch.FileChannelImpl.write",
                "org.peersite.output.StagedOutput.accept"))).isEqualTo("write");
    }

    @Test
    void aStackOutsideTheStagesIsTheCommandLineOrOther() {
        assertThat(ProfileSummary.stage(List.of("java.lang.Class.getDeclaredFields",
                "picocli.CommandLine$Model$CommandReflection.extractCommandSpec", "org.peersite.cli.Main.commandLine")))
                .isEqualTo("cli");
        assertThat(ProfileSummary.stage(List.of("java.lang.ref.Reference.processPendingReferences")))
                .isEqualTo("other");
    }
}
