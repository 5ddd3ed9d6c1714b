package org.minnow.tool.asm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numeric local labels: 1: may be defined many times; 1b is the latest above, 1f the next below. */
class LocalLabelsTest {

    @Test
    void backwardAndForwardReferencesFindTheNearestDefinition() {
        String src = "1: nop\n"        // 0
                + "1: nop\n"           // 4
                + "j 1b\n"             // 8  -> 4
                + "j 1f\n"             // 12 -> 20
                + "2: j 2f\n"          // 16 -> 24
                + "1: nop\n"           // 20
                + "2: beqz a0, 1b\n";  // 24 -> 20
        assertThat(AsmTesting.textHex(src)).isEqualTo("00000013 00000013 ffdff06f 0080006f 0080006f 00000013 fe050ee3");
    }

    @Test
    void aLabelOnTheSameLineCountsAsBackward() {
        assertThat(AsmTesting.textHex("1: j 1b\n")).isEqualTo("0000006f");
    }

    @Test
    void labelsCanShareALineWithStatementsSeparatedBySemicolons() {
        assertThat(AsmTesting.textHex("a: b: nop; nop # comment\nj a\n")).isEqualTo("00000013 00000013 ff9ff06f");
    }
}
