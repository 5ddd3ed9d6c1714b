package org.minnow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The tty driver's line discipline as a person at the console sees it: echo, Backspace, ^U, ^C,
 * and init's built-in commands running on what was finally typed.
 */
class ConsoleEditingTest {
    /** The pid of init's first child: init is 1, the boot services (pm, vfs, rs, memory, tty, ds, virtio_blk) 2 to 8. */
    static final int FIRST_CHILD = 9;

    private ConsoleRig rig;

    @BeforeEach
    void boot() {
        rig = new ConsoleRig();
        rig.runUntil("# ", BootTest.BOOT_BUDGET);
    }

    @AfterEach
    void close() throws Exception {
        rig.close();
    }

    /** Types a line and returns what the console showed until the next prompt. */
    private String enter(String keys) {
        rig.type(keys);
        rig.runUntil("# ", BootTest.LINE_BUDGET);
        String all = rig.console();
        String shown = all.substring(0, all.length() - 2);
        return shown.substring(shown.lastIndexOf("# ") + 2);
    }

    @Test
    void backspaceErasesTheLastCharacter() {
        String shown = enter("echo cab\b\bat\r");
        assertThat(shown).isEqualTo("echo cab\b \b\b \bat\r\ncat\r\n");
    }

    @Test
    void deleteErasesLikeBackspace() {
        assertThat(enter("echo dogs\u007f\r")).endsWith("\r\ndog\r\n");
    }

    @Test
    void backspaceAtTheStartOfALineDoesNothing() {
        assertThat(enter("\b\becho x\r")).isEqualTo("echo x\r\nx\r\n");
    }

    @Test
    void controlUErasesTheWholeLine() {
        String shown = enter("echo wrong\u0015echo right\r");
        assertThat(shown).endsWith("\r\nright\r\n");
        assertThat(shown).doesNotContain("wrong\r\n");
    }

    @Test
    void controlCThrowsTheLineAway() {
        rig.type("echo never\u0003");
        rig.runUntil("^C\r\n", BootTest.LINE_BUDGET);
        assertThat(enter("echo after\r")).endsWith("after\r\n");
        assertThat(rig.console()).doesNotContain("never\r\n");
    }

    @Test
    void controlDAtTheStartOfALineIsAnEndOfFile() {
        rig.type("\u0004");
        rig.runUntil("# ", BootTest.LINE_BUDGET);
        assertThat(rig.console()).endsWith("# \r\n# ");
        assertThat(enter("echo reads on\r")).endsWith("reads on\r\n");
    }

    /** ^D hands "echo part" to the reader at once: Backspace can no longer take it back. */
    @Test
    void controlDInsideALineHandsItOverWithoutANewline() {
        assertThat(enter("echo part\u0004\b\bX\r")).endsWith("\r\npartX\r\n");
    }

    @Test
    void aLineThatIsNoBuiltinIsEchoed() {
        assertThat(enter("no such command\r")).isEqualTo("no such command\r\nno such command\r\n");
    }

    @Test
    void pidBuiltinAsksPm() {
        assertThat(enter("pid\r")).isEqualTo("pid\r\npid 1, parent " + expectedParentOfInit() + "\r\n");
    }

    /** PM is init's parent, and PM's pid is the first given after init's: 2. */
    private static int expectedParentOfInit() {
        return 2;
    }

    @Test
    void forkExitAndWaitGoThroughPm() {
        String shown = enter("forktest\r");
        assertThat(shown).isEqualTo("forktest\r\nchild: pid " + FIRST_CHILD + ", parent 1\r\nparent: child " + FIRST_CHILD + " exited with status 7\r\n");
        assertThat(enter("forktest\r")).contains("child: pid " + (FIRST_CHILD + 1) + ", parent 1").contains("child " + (FIRST_CHILD + 1) + " exited with status 7");
    }

    @Test
    void aChildThatFaultsIsEndedBySigsegvAndTheSystemGoesOn() {
        String shown = enter("crashtest\r");
        assertThat(shown).endsWith("child: writing to address 0\r\nparent: child " + FIRST_CHILD + " was ended by signal 11\r\n");
        assertThat(enter("echo still here\r")).endsWith("still here\r\n");
    }

    @Test
    void severalLinesInOneBurstAreReadOneByOne() {
        rig.type("echo a\recho b\r\recho c\r");
        rig.runUntil("a\r\n# ", BootTest.LINE_BUDGET);
        rig.runUntil("b\r\n# ", BootTest.LINE_BUDGET);
        rig.runUntil("# ", BootTest.LINE_BUDGET);
        rig.runUntil("c\r\n# ", BootTest.LINE_BUDGET);
    }

    @Test
    void linesTypedAheadAreReadInTurn() {
        rig.type("echo one\recho two\r");
        rig.runUntil("one\r\n", BootTest.LINE_BUDGET);
        rig.runUntil("two\r\n", BootTest.LINE_BUDGET);
    }
}
