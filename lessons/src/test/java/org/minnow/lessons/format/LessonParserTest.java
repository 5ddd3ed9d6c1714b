package org.minnow.lessons.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** lesson.md as the parser reads it: front matter, steps, and the blocks inside steps. */
class LessonParserTest {
    static final String GOOD = """
            ---
            title: Messages
            summary: A client and a server talk by SENDREC.
            time: 25 min
            prerequisites: 01-tour
            ---
            In this lesson you write two programs.

            ## Start the server
            Run the server.

            ```c
            int main(void) { return 0; }
            ```

            ```check
            # the server waits for work
            process name=server state=receiving id=ready
            ipc from=client to=server type=0x100 min=1 max=3 after=ready
            console contains="hello, world\\n"
            ```

            ```hint
            Look at **receive()**.
            ```

            ```do
            type text="server &\\n"
            run cycles=1_000_000
            ```

            ## Measure
            ```check
            cycles from=ready max=5000000
            cache level=l1d owner=kernel figure=misses max=200
            rs report=restart service=virtio_blk cause=crash
            exit program=client status=0
            ipc event=error from=client result=ELOCKED
            console line="^total: [0-9]+$"
            ```
            ```do
            kill process=virtio_blk at=2000000
            run until="$ " max=50000000
            ```
            """;

    @Test
    void readsFrontMatterStepsChecksHintsAndActions() {
        LessonParser.Parsed p = LessonParser.parse("02/lesson.md", GOOD);

        assertThat(p.errors()).isEmpty();
        assertThat(p.title()).isEqualTo("Messages");
        assertThat(p.summary()).isEqualTo("A client and a server talk by SENDREC.");
        assertThat(p.minutes()).isEqualTo(25);
        assertThat(p.prerequisites()).containsExactly("01-tour");
        assertThat(p.introduction()).isEqualTo("In this lesson you write two programs.");
        assertThat(p.steps()).hasSize(2);

        Step first = p.steps().get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.title()).isEqualTo("Start the server");
        assertThat(first.line()).isEqualTo(9);
        assertThat(first.text()).contains("Run the server.").contains("```c").contains("int main(void)");
        assertThat(first.text()).doesNotContain("process name=");
        assertThat(first.checks()).extracting(Directive::kind).containsExactly("process", "ipc", "console");
        assertThat(first.checks().get(0).line()).isEqualTo(18);
        assertThat(first.checks().get(1).number("type", -1)).isEqualTo(0x100);
        assertThat(first.checks().get(1).text("after", null)).isEqualTo("ready");
        assertThat(first.checks().get(2).text("contains", null)).isEqualTo("hello, world\n");
        assertThat(first.hints()).containsExactly("Look at **receive()**.");
        assertThat(first.actions()).extracting(Directive::kind).containsExactly("type", "run");
        assertThat(first.actions().get(0).text("text", null)).isEqualTo("server &\n");
        assertThat(first.actions().get(1).number("cycles", 0)).isEqualTo(1_000_000);

        Step second = p.steps().get(1);
        assertThat(second.checks()).extracting(Directive::kind)
                .containsExactly("cycles", "cache", "rs", "exit", "ipc", "console");
        assertThat(second.actions()).extracting(Directive::describe)
                .containsExactly("kill at=2000000 process=virtio_blk", "run max=50000000 until=\"$ \"");
    }

    @Test
    void prerequisitesMayBeNoneOrAList() {
        assertThat(LessonParser.parse("f", GOOD.replace("prerequisites: 01-tour", "prerequisites: none")).prerequisites())
                .isEmpty();
        assertThat(LessonParser.parse("f", GOOD.replace("prerequisites: 01-tour", "prerequisites: 01-tour, 02-x"))
                .prerequisites()).containsExactly("01-tour", "02-x");
        assertThat(LessonParser.parse("f", GOOD.replace("prerequisites: 01-tour\n", "")).errors()).isEmpty();
    }

    @Test
    void numbersMayBeHexOrHaveUnderscores() {
        assertThat(Schema.parseNumber("0x1F")).isEqualTo(31);
        assertThat(Schema.parseNumber("1_000")).isEqualTo(1000);
        assertThat(Schema.parseNumber("-5")).isEqualTo(-5);
        assertThat(Schema.parseNumber("_1")).isNull();
        assertThat(Schema.parseNumber("12abc")).isNull();
        assertThat(Schema.parseNumber("")).isNull();
    }

    @Test
    void everyKindOfCheckAndActionIsInTheTables() {
        assertThat(Schemas.CHECKS.keySet()).containsExactly("ipc", "process", "rs", "exit", "console", "cycles", "cache");
        assertThat(Schemas.ACTIONS.keySet()).containsExactly("type", "run", "kill", "boot");
        assertThat(List.of(Schemas.ERROR_NAMES)).contains("ELOCKED", "EDEADSRCDST").doesNotContain("OK");
    }
}
