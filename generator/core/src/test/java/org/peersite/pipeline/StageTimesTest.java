package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.BuildResult;
import org.peersite.TestSite;

/**
 * Stage times: a build from nothing tells the bodies' share of the link stage apart from linking proper, each
 * step in pipeline order, and a split moves time between two steps without making or losing any.
 */
class StageTimesTest {

    @TempDir
    Path root;

    @Test
    void aBuildFromNothingTellsTheBodiesApartFromLinking() throws IOException {
        TestSite.copyTree(TestSite.REAL_CONTENT, root.resolve("content"));
        TestSite.copyTree(TestSite.REAL_THEME, root.resolve("templates"));

        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.wroteOutput()).as(result.diagnostics().toString()).isTrue();
        Map<Stage, Duration> times = result.stats().stageTimes();
        assertThat(times.keySet()).containsSubsequence(Stage.LOAD, Stage.PARSE, Stage.BODIES, Stage.LINK,
                Stage.RENDER);
        assertThat(times.get(Stage.BODIES)).as("every body was parsed during the link stage").isPositive();
        assertThat(result.stats().describeTimes()).contains(", bodies ", ", link ");
    }

    @Test
    void aSplitMovesTimeFromOneStepToAnotherAndNeverMoreThanTheStageTook() {
        StageTimes times = new StageTimes();
        times.time(Stage.LINK, () -> null);
        Duration link = times.all().get(Stage.LINK);

        times.split(Stage.LINK, Stage.BODIES, link.dividedBy(4));
        assertThat(times.all().get(Stage.BODIES)).isEqualTo(link.dividedBy(4));
        assertThat(times.all().get(Stage.LINK).plus(times.all().get(Stage.BODIES))).isEqualTo(link);

        times.split(Stage.LINK, Stage.BODIES, Duration.ofDays(1));
        assertThat(times.all().get(Stage.LINK)).isZero();
        assertThat(times.all().get(Stage.BODIES)).isEqualTo(link);
    }
}
