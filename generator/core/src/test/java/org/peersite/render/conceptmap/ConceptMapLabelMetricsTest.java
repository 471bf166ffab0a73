package org.peersite.render.conceptmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConceptMapLabelMetricsTest {

    @Test
    void capitalsAndWideLettersAreEstimatedWider() {
        assertThat(LabelMetrics.lineWidth("WWWW")).isGreaterThan(LabelMetrics.lineWidth("AAAA"));
        assertThat(LabelMetrics.lineWidth("MMMM")).isGreaterThan(LabelMetrics.lineWidth("mnop"));
        assertThat(LabelMetrics.lineWidth("AAAA")).isGreaterThan(LabelMetrics.lineWidth("aaaa"));
        assertThat(LabelMetrics.lineWidth("aaaa")).isGreaterThan(LabelMetrics.lineWidth("iiii"));
        assertThat(LabelMetrics.lineWidth("同伴")).isGreaterThan(LabelMetrics.lineWidth("ab"));
    }

    @Test
    void averageLowercaseWidthIsConservative() {
        // At least 0.62 em per character on ordinary words, the width of the widest common sans-serif faces.
        String text = "peer advisory group";
        assertThat(LabelMetrics.lineWidth(text) / text.length()).isGreaterThan(0.62 * LabelMetrics.FONT_SIZE * 0.9);
    }

    @Test
    void shortLabelsStayOnOneLineLongOnesWrapAtSpaces() {
        assertThat(LabelMetrics.lines("Peer advisory group")).containsExactly("Peer advisory group");
        assertThat(LabelMetrics.lines("Peer advantage for leaders who feel alone"))
                .containsExactly("Peer advantage", "for leaders who", "feel alone");
        assertThat(LabelMetrics.lines("Group chair and facilitator")).containsExactly("Group chair and", "facilitator");
        assertThat(LabelMetrics.lines("Supercalifragilisticexpialidocious")).hasSize(1);
    }

    @Test
    void whitespaceIsCollapsed() {
        assertThat(LabelMetrics.linesOf("  Hot\n\tseat ", "hot-seat")).containsExactly("Hot seat");
        assertThat(LabelMetrics.linesOf("", "hot-seat")).containsExactly("hot-seat");
    }

    @Test
    void boxFitsTheWidestLinePlusPadding() {
        var lines = java.util.List.of("Peer", "advisory group");
        assertThat(LabelMetrics.boxWidth(lines)).isEqualTo(LabelMetrics.lineWidth("advisory group") + 2 * LabelMetrics.PADDING);
        assertThat(LabelMetrics.boxHeight(lines)).isEqualTo(2 * LabelMetrics.LINE_HEIGHT);
    }
}
