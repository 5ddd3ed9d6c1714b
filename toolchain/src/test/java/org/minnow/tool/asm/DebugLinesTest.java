package org.minnow.tool.asm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minnow.tool.dwarf.LineTableReader;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.Section;

/** .file/.loc and -g produce a .debug_line that maps code offsets to source lines. */
class DebugLinesTest {

    private static List<LineTableReader.Row> rows(ObjectFile o) {
        return LineTableReader.read(o.section(".debug_line").data, null);
    }

    private static ObjectFile assemble(String source, boolean debug) {
        Diagnostics d = new Diagnostics();
        ObjectFile o = Assembler.assemble(new SourceFile("prog.s", source), debug, d);
        assertThat(d.render()).isEmpty();
        return o;
    }

    @Test
    void locDirectivesGiveRows() {
        ObjectFile o = assemble(".file 1 \"a.c\"\n.file 2 \"b.h\"\n.loc 1 3 0\nnop\nnop\n.loc 2 7 5\nnop\n", false);
        assertThat(rows(o)).containsExactly(
                new LineTableReader.Row(0, "a.c", 3), new LineTableReader.Row(8, "b.h", 7));
        assertThat(o.section(".debug_info")).isNotNull();
        assertThat(o.section(".debug_abbrev")).isNotNull();
        assertThat(o.section(".debug_aranges")).isNotNull();
    }

    @Test
    void dashGMapsEveryInstructionToItsAssemblyLine() {
        ObjectFile o = assemble("start:\n  li a0, 0x12345\n\n  ret\n", true);
        assertThat(rows(o)).containsExactly(
                new LineTableReader.Row(0, "prog.s", 2), new LineTableReader.Row(8, "prog.s", 4));
    }

    @Test
    void withoutLocOrDashGThereIsNoDebugInformation() {
        assertThat(assemble("nop\n", false).section(".debug_line")).isNull();
    }

    @Test
    void fileZeroOfDwarf5CompilersIsAccepted() {
        ObjectFile o = assemble(".file 0 \"/src\" \"x.c\"\n.file 1 \"x.c\"\n.loc 1 5 0\nnop\n.loc 0 6 0\nnop\n", false);
        assertThat(rows(o)).containsExactly(
                new LineTableReader.Row(0, "x.c", 5), new LineTableReader.Row(4, "/src/x.c", 6));
    }

    @Test
    void aCompilersOwnDebugInfoGetsOnlyTheLineProgram() {
        ObjectFile o = assemble(".section .debug_info,\"\",@progbits\n.word .Ldebug_line0\n"
                + ".section .debug_line,\"\",@progbits\n.Ldebug_line0:\n.text\n.file 1 \"a.c\"\n.loc 1 3 0\nnop\n", false);
        assertThat(o.sections.stream().filter(s -> s.name.equals(".debug_line")).count()).isEqualTo(1);
        assertThat(o.section(".debug_abbrev")).isNull();
        Section info = o.section(".debug_info");
        assertThat(info.size).isEqualTo(4);
        assertThat(rows(o)).containsExactly(new LineTableReader.Row(0, "a.c", 3));
    }
}
