package org.minnow.tool.dwarf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The line tables we write read back as the rows they were made from. */
class LineTableTest {

    @Test
    void rowsRoundTripThroughDebugLine() {
        List<DebugInfoBuilder.Row> rows = List.of(
                new DebugInfoBuilder.Row(".text", 0, 1, 10, 0),
                new DebugInfoBuilder.Row(".text", 8, 1, 9, 3),
                new DebugInfoBuilder.Row(".text", 12, 2, 400, 0),
                new DebugInfoBuilder.Row(".text.other", 0, 1, 1, 0));
        DebugInfoBuilder b = new DebugInfoBuilder(List.of("main.c", "lib/util.h"), rows, Map.of(".text", 16, ".text.other", 4));
        List<DebugInfoBuilder.Piece> pieces = b.build("main.c", "/src", "test");
        assertThat(pieces).extracting(DebugInfoBuilder.Piece::name)
                .containsExactly(".debug_line", ".debug_info", ".debug_abbrev", ".debug_aranges");
        List<LineTableReader.Row> read = LineTableReader.read(pieces.get(0).data(), null);
        assertThat(read).containsExactly(
                new LineTableReader.Row(0, "main.c", 10),
                new LineTableReader.Row(8, "main.c", 9),
                new LineTableReader.Row(12, "lib/util.h", 400),
                new LineTableReader.Row(0, "main.c", 1));
        // each sequence starts with a set_address that the linker relocates
        assertThat(pieces.get(0).fixups()).extracting(DebugInfoBuilder.Fixup::target).containsExactly(".text", ".text.other");
    }

    @Test
    void theCompileUnitPointsAtTheLineTableAndCode() {
        DebugInfoBuilder b = new DebugInfoBuilder(List.of("a.s"), List.of(new DebugInfoBuilder.Row(".text", 0, 1, 1, 0)),
                Map.of(".text", 8));
        DebugInfoBuilder.Piece info = b.build("a.s", "/d", "p").get(1);
        assertThat(info.fixups()).containsExactly(
                new DebugInfoBuilder.Fixup(6, ".debug_abbrev", 0),
                new DebugInfoBuilder.Fixup(12, ".debug_line", 0),
                new DebugInfoBuilder.Fixup(16, ".text", 0),
                new DebugInfoBuilder.Fixup(20, ".text", 8));
    }

    @Test
    void malformedTablesAreRefusedWithAMessage() {
        assertThatThrownBy(() -> LineTableReader.read(new byte[] {10, 0, 0, 0, 9, 0}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(".debug_line version 9 is not supported");
        assertThatThrownBy(() -> LineTableReader.read(new byte[] {40, 0, 0, 0, 3, 0, 1}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(".debug_line ends in the middle of a line table");
    }
}
