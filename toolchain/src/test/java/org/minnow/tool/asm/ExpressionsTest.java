package org.minnow.tool.asm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expressions: operators, GNU precedence, numbers in every base, symbols and the location counter. */
class ExpressionsTest {

    private static int value(String expr) {
        byte[] d = AsmTesting.assemble(".data\nbase: .word 0\nnext: .word 0\n.equ TEN, 10\n.word " + expr + "\n").section(".data").data;
        return (d[8] & 0xff) | (d[9] & 0xff) << 8 | (d[10] & 0xff) << 16 | (d[11] & 0xff) << 24;
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', value = {
        "1 + 2 => 3",
        "7 - 10 => -3",
        "6 * 7 => 42",
        "-7 / 2 => -3",
        "7 % 3 => 1",
        "1 << 4 => 16",
        "-16 >> 2 => -4",
        "0xf0 | 0x0f => 255",
        "0xff & 0x0f => 15",
        "0xff ^ 0x0f => 240",
        "~0 => -1",
        "!0 => 1",
        "!5 => 0",
        "-(2 + 3) => -5",
        "1 + 2 << 3 => 17",
        "(1 + 2) << 3 => 24",
        "2 * 3 + 4 * 5 => 26",
        "3 == 3 => -1",
        "3 != 3 => 0",
        "2 < 3 => -1",
        "2 >= 3 => 0",
        "1 && 0 => 0",
        "1 || 0 => 1",
        "0x1F => 31",
        "0b101 => 5",
        "017 => 15",
        "'A' => 65",
        "'\\n' => 10",
        "TEN * TEN => 100",
        "next - base => 4",
        ". - base => 8",
    })
    void evaluates(String expr, int expected) {
        assertThat(value(expr)).isEqualTo(expected);
    }
}
