package org.peersite.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> FIELDS = List.of("title", "summary", "date", "tags", "baseUrl", "autolink");

    @Test
    void aSwapOfNeighbouringLettersIsOneEdit() {
        assertThat(Suggestions.distance("titel", "title")).isEqualTo(1);
        assertThat(Suggestions.closest("titel", FIELDS)).contains("title");
    }

    @Test
    void caseHyphensAndUnderscoresDoNotCount() {
        assertThat(Suggestions.closest("base_url", FIELDS)).contains("baseUrl");
        assertThat(Suggestions.closest("Auto-Link", FIELDS)).contains("autolink");
    }

    @Test
    void shortNamesAllowOneEditAndLongerOnesTwo() {
        assertThat(Suggestions.closest("tag", FIELDS)).contains("tags");
        assertThat(Suggestions.closest("dt", FIELDS)).isEmpty();
        assertThat(Suggestions.closest("sumary", FIELDS)).contains("summary");
        assertThat(Suggestions.closest("smmry", FIELDS)).contains("summary");
        assertThat(Suggestions.closest("mood", FIELDS)).isEmpty();
    }

    @Test
    void aTieGoesToTheCandidateListedFirst() {
        assertThat(Suggestions.closest("cat", List.of("bat", "hat"))).contains("bat");
        assertThat(Suggestions.closest("cat", List.of("hat", "bat"))).contains("hat");
    }
}
