package org.peersite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void composedAndDecomposedAccentsAreOneName() {
        assertThat(Names.key("Cafe\u0301 Rules")).isEqualTo(Names.key("CAFÉ rules")).isEqualTo("café rules");
    }

    @Test
    void caseIsFoldedOneCharAtATimeWhateverTheLocale() {
        assertThat(Names.key("ſtraße")).isEqualTo(Names.key("STRAßE"));
        assertThat(Names.key("ΟΔΟΣ")).isEqualTo(Names.key("οδος")).isEqualTo(Names.key("οδoς".replace('o', 'ο')));
        assertThat(Names.key("\u212Aelvin")).isEqualTo("kelvin");
        assertThat(Names.key("İstanbul")).hasSize("İstanbul".length());
        assertThat(Names.key("TITLE")).isEqualTo("title");
    }

    @Test
    void everyKindOfWhitespaceCollapsesToOneSpaceAndIsTrimmed() {
        assertThat(Names.key("\u00A0 Peer\u2007Advisory\n\t\u202FGroup \u3000")).isEqualTo("peer advisory group");
        assertThat(Names.trim("\u00A0 x y\u202F")).isEqualTo("x y");
        assertThat(Names.key(" \u00A0\n")).isEmpty();
        assertThat(Names.key("  peer  group ")).isEqualTo("peer group");
        assertThat(Names.key("peer group ")).isEqualTo("peer group");
        assertThat(Names.key("peer\tgroup")).isEqualTo("peer group");
        assertThat(Names.key("peer group/x.md")).isEqualTo("peer group/x.md");
        assertThat(Names.key("")).isEmpty();
    }

    @Test
    void routesCompareWithoutCaseOrNormalisationButKeepEverythingElse() {
        assertThat(Names.routeKey("/Guides/Cafe\u0301/")).isEqualTo(Names.routeKey("/guides/café/"));
        assertThat(Names.routeKey("/a b/")).isNotEqualTo(Names.routeKey("/a  b/"));
    }

    @Test
    void droppingsAreOneList() {
        for (String name : new String[] {"Thumbs.db", "thumbs.db", ".DS_Store", "desktop.ini", "Desktop.ini", "x.swp",
                ".x.swo", "x~", ".#x", "#x#", "4913", ".git", ".hg", ".svn", "x___jb_tmp___"}) {
            assertThat(IgnoredFiles.isIgnored(name)).as(name).isTrue();
        }
        for (String name : new String[] {"index.md", "site.css", "photo.jpg", "4914", "notes#1.md", "swp.md"}) {
            assertThat(IgnoredFiles.isIgnored(name)).as(name).isFalse();
        }
    }
}
