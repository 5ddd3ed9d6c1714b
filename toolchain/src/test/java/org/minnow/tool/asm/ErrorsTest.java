package org.minnow.tool.asm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every mistake gets a message at file:line:col, and one run reports all of them. */
class ErrorsTest {

    private static String only(String source) {
        List<Diagnostics.Error> errors = AsmTesting.errors(source);
        assertThat(errors).hasSize(1);
        Diagnostics.Error e = errors.get(0);
        return e.line() + ":" + e.column() + ": " + e.message();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ad a0, a1, a2 => 1:1: unknown mnemonic 'ad'",
        "add a0, a1, a9 => 1:13: unknown register 'a9'",
        "lw a0, 4(q3) => 1:10: unknown register 'q3'",
        "addi a0, a0, 5000 => 1:14: immediate 5000 is out of range [-2048, 2047]",
        "addi a0, a0, -2049 => 1:14: immediate -2049 is out of range [-2048, 2047]",
        "sw a0, 2048(sp) => 1:8: offset 2048 is out of range [-2048, 2047]",
        "slli a0, a0, 32 => 1:14: shift amount 32 is out of range [0, 31]",
        "lui a0, 0x100000 => 1:9: upper immediate 1048576 is out of range [0, 1048575]",
        "csrrwi a0, mstatus, 32 => 1:21: CSR immediate 32 is out of range [0, 31]",
        "csrr a0, 0x1000 => 1:10: CSR number 4096 is out of range [0, 4095]",
        "csrr a0, mstatuss => 1:10: unknown CSR 'mstatuss'",
        "beq a0, a1, nowhere => 1:13: undefined label 'nowhere'",
        "j 1f => 1:3: undefined label '1f': no label 1: below this line",
        "bnez a0, 2b => 1:10: undefined label '2b': no label 2: above this line",
        "j .Lmissing => 1:3: undefined label '.Lmissing'",
        "add a0, a1 => 1:1: 'add' takes operands: add rd, rs1, rs2",
        "ret a0 => 1:1: 'ret' takes no operands",
        ".word 1 + => 1:10: expected an expression but found end of line",
        ".foo 3 => 1:1: unknown directive '.foo'",
        "a: nop\na: nop => 2:1: symbol 'a' is already defined",
        "li a0, lbl => 1:8: li needs a constant: use la to load an address",
        "fence rw, x => 1:11: bad fence set 'x': use the letters i, o, r, w",
        ".byte 300 => 1:7: value 300 does not fit in 1 byte",
        ".half 70000 => 1:7: value 70000 does not fit in 2 bytes",
        "addi a0, a0, sym => 1:14: an address cannot be a 12-bit immediate: use %lo(...) or la",
        "lui a0, %lo(x) => 1:9: %lo and %pcrel_lo give the low 12 bits: use them with addi, loads and stores",
        "addi a0, a0, %hi(x) => 1:14: %hi and %pcrel_hi give upper bits: use them with lui or auipc",
        "addi a0, a0, %mid(x) => 1:15: unknown relocation operator '%mid'",
        "beq a0, a1, 12 => 1:13: a branch or jump target must be a label",
        ".word 1/0 => 1:8: division by zero",
        ".word a*b => 1:8: this operator needs constant operands, not addresses",
        ".half far => 1:7: an address needs 4 bytes: use .word",
        "beq a0, a1, x\nx = 1 => 1:13: a branch or jump target must be a label",
        ".align 40 => 1:8: bad alignment 40 (a power of two exponent)",
        ".balign 3 => 1:9: bad alignment 3 (must be a power of two)",
        ".space n\nn = 4 => 1:8: the size of .space must be known here: use symbols defined above this line",
        "lw a0, (a1 => 1:11: expected ')' but found end of line",
        "nop ` => 1:5: unexpected character '`'",
        ".option frobnicate => 1:9: unknown option 'frobnicate'",
        "amoadd.w a0, a1, 4(a2) => 1:18: atomic instructions take no offset: write (a2)",
        ".loc 3 10 => 1:10: file number 3 has no .file directive",
        ".ascii \"abc => 1:8: missing closing '\"'",
        ".section .x, ax => 1:14: expected section flags in quotes, like \"ax\"",
        "addi a0, a0, 0x1_0 => 1:14: bad number '0x1_0'",
        ".bss\n.word 5 => 2:1: only zeros can go into .bss, which has no contents; use .data",
        ".bss\nnop => 2:1: only zeros can go into .bss, which has no contents; use .data",
    })
    void reportsTheMistakeWhereItIs(String sourceAndMessage) {
        String[] parts = sourceAndMessage.split(" => ");
        assertThat(only(parts[0])).isEqualTo(parts[1]);
    }

    @Test
    void reportsEveryMistakeOfARunInLineOrderWithTheSourceLineAndACaret() {
        String src = "\t.text\nmain:\n\tad a0, a1, a2\n\tadd a0, a1, a9\n\taddi a0, a0, 5000\n\tbeq a0, a1, nowhere\n\tnop\n";
        String out = AsmTesting.render(src);
        assertThat(out).isEqualTo(
                "test.s:3:2: error: unknown mnemonic 'ad'\n\tad a0, a1, a2\n\t^\n"
                + "test.s:4:14: error: unknown register 'a9'\n\tadd a0, a1, a9\n\t            ^\n"
                + "test.s:5:15: error: immediate 5000 is out of range [-2048, 2047]\n\taddi a0, a0, 5000\n\t             ^\n"
                + "test.s:6:14: error: undefined label 'nowhere'\n\tbeq a0, a1, nowhere\n\t            ^\n");
    }

    @Test
    void anErrorInOneInstructionDoesNotShiftTheLabelsAfterIt() {
        List<String> messages = AsmTesting.errors("li a0, %hi(x)\nbeq a0, a1, end\nend: nop\n").stream()
                .map(Diagnostics.Error::message).collect(Collectors.toList());
        assertThat(messages).containsExactly("li takes a number; use lui/addi with %hi/%lo for addresses");
    }

    @Test
    void aDuplicateLabelStillAssemblesItsInstructionSoLaterLabelsKeepTheirPlaces() {
        assertThat(AsmTesting.errors("a: nop\na: nop\nbeq a0, a1, b\nb: nop\n"))
                .extracting(Diagnostics.Error::message).containsExactly("symbol 'a' is already defined");
    }

    @Test
    void theCommandLineReportsErrorsAndExitsWithOne() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("asm");
        java.nio.file.Path src = dir.resolve("bad.s");
        java.nio.file.Files.writeString(src, "nop\nfoo a0\n");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = Assembler.run(new String[] {"-o", dir.resolve("bad.o").toString(), src.toString()},
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()), new java.io.PrintStream(err));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(src + ":2:1: error: unknown mnemonic 'foo'\nfoo a0\n^\n");
        assertThat(dir.resolve("bad.o")).doesNotExist();
    }

    @Test
    void theCommandLineReportsAMissingFileWithoutAStackTrace() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = Assembler.run(new String[] {"/nonexistent/x.s"},
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()), new java.io.PrintStream(err));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).startsWith("minnow as: cannot read /nonexistent/x.s");
    }
}
