package org.minnow.lessons.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of mistake in a lesson.md is reported as file:line: message, and all of them are found. */
class LessonErrorsTest {
    private static final String FRONT = "---\ntitle: T\nsummary: S\ntime: 10 min\n---\n";

    private static List<String> errors(String text) {
        return LessonParser.parse("l/lesson.md", text).errors().stream().map(LessonError::toString).toList();
    }

    /** A lesson whose only step has this check block (the first check line is line 8). */
    private static List<String> check(String... lines) {
        return errors(FRONT + "## Step\n```check\n" + String.join("\n", lines) + "\n```\n");
    }

    @Test
    void bootMustBeTheFirstActionOfItsStepAndNameAKnownStyle() {
        assertThat(errors(FRONT + "## Step\n```do\nrun cycles=5\nboot style=buffered\n```\n")).containsExactly(
                "l/lesson.md:9: 'boot' must be the first action of its step (the step begins on the system it boots)");
        assertThat(errors(FRONT + "## Step\n```do\nboot style=fast\n```\n")).singleElement().asString()
                .startsWith("l/lesson.md:8: ").contains("style", "rendezvous", "buffered");
        assertThat(errors(FRONT + "## Step\n```do\nboot profile=i486 l1=4096 style=buffered\nrun cycles=5\n```\n")).isEmpty();
    }

    @Test
    void missingFrontMatter() {
        assertThat(errors("# Title\n## Step\n")).containsExactly(
                "l/lesson.md:1: a lesson starts with front matter: a line '---', then 'title: ...', 'summary: ...', "
                        + "'time: ...', then '---'");
    }

    @Test
    void frontMatterNotClosed() {
        assertThat(errors("---\ntitle: T\n## Step\n")).containsExactly(
                "l/lesson.md:1: the front matter is not closed (no second '---' line)");
    }

    @Test
    void unknownKeyMissingKeyBadTimeAndLineWithoutColon() {
        assertThat(errors("---\ntitel: T\nsummary: S\ntime: soon\nnonsense\n---\n## Step\n")).containsExactly(
                "l/lesson.md:2: unknown front matter key 'titel' (the keys are: title, summary, time, prerequisites)",
                "l/lesson.md:5: expected 'key: value' in the front matter, found 'nonsense'",
                "l/lesson.md:1: the front matter needs 'title:'",
                "l/lesson.md:4: 'time' must be a number of minutes, like '20 min', not 'soon'");
    }

    @Test
    void duplicateAndEmptyKeys() {
        assertThat(errors("---\ntitle: T\ntitle: U\nsummary:\ntime: 5\n---\n## Step\n")).containsExactly(
                "l/lesson.md:3: 'title' is given twice (first at line 2)",
                "l/lesson.md:4: 'summary' is empty",
                "l/lesson.md:1: the front matter needs 'summary:'");
    }

    @Test
    void badPrerequisite() {
        assertThat(errors("---\ntitle: T\nsummary: S\ntime: 5\nprerequisites: 01-tour, Lesson Two\n---\n## Step\n"))
                .containsExactly("l/lesson.md:5: a prerequisite must be a lesson's folder name, like '01-tour', not 'Lesson Two'");
    }

    @Test
    void noSteps() {
        assertThat(errors(FRONT + "Just text.\n")).containsExactly(
                "l/lesson.md: a lesson needs at least one step (a line starting with '## ')");
    }

    @Test
    void unknownCheckKind() {
        assertThat(check("ipcc from=a")).containsExactly(
                "l/lesson.md:8: unknown check kind 'ipcc' (the kinds are: ipc, process, rs, exit, console, cycles, cache)");
    }

    @Test
    void wrongField() {
        assertThat(check("ipc form=client")).containsExactly(
                "l/lesson.md:8: 'ipc' has no field 'form' (its fields are: event, from, to, type, result, min, max, id, after)");
    }

    @Test
    void badNumber() {
        assertThat(check("ipc from=a min=3x")).containsExactly(
                "l/lesson.md:8: field 'min' of 'ipc' must be a whole number (like 42, 0x2a or 1_000_000), not '3x'");
    }

    @Test
    void badChoiceBadNameAndBadRegex() {
        assertThat(check("process name=server state=asleep", "ipc from=\"my client\"", "console line=\"([a-z\""))
                .containsExactly(
                        "l/lesson.md:8: field 'state' of 'process' must be one of created, running, sending, receiving, "
                                + "exited, not 'asleep'",
                        "l/lesson.md:9: field 'from' of 'ipc' must be a name (letters, digits, _ . - * @), not 'my client'",
                        "l/lesson.md:10: field 'line' of 'console' is not a valid regular expression: Unclosed character class");
    }

    @Test
    void unknownErrorName() {
        assertThat(check("ipc event=error result=EWHAT")).singleElement().asString()
                .startsWith("l/lesson.md:8: field 'result' of 'ipc' must be one of EPERM,");
    }

    @Test
    void missingRequiredFieldsAndGroups() {
        assertThat(check("process name=x", "console", "cache level=l1d figure=hits")).containsExactly(
                "l/lesson.md:8: 'process' needs the field 'state'",
                "l/lesson.md:9: 'console' needs exactly one of contains, line",
                "l/lesson.md:10: 'cache' needs at least one of min, max");
    }

    @Test
    void syntaxMistakesInALine() {
        assertThat(check("ipc from", "console contains=\"open", "ipc from=a from=b", "ipc min=5 max=2")).containsExactly(
                "l/lesson.md:8: expected name=value after 'ipc', found 'from'",
                "l/lesson.md:9: a quoted value is not closed (missing '\"')",
                "l/lesson.md:10: field 'from' is given twice",
                "l/lesson.md:11: 'ipc': min (5) is more than max (2)");
    }

    @Test
    void referencesMustNameAnEarlierCheck() {
        assertThat(check("ipc from=a after=later", "ipc from=b id=later", "ipc from=c id=later",
                "cycles from=nowhere max=5")).containsExactly(
                "l/lesson.md:8: 'after=later' names no check written before this one (give that check 'id=later')",
                "l/lesson.md:10: there is already a check with id=later in this lesson",
                "l/lesson.md:11: 'from=nowhere' names no check written before this one (give that check 'id=nowhere')");
    }

    @Test
    void badActions() {
        assertThat(errors(FRONT + "## Step\n```do\njump cycles=5\nrun\nrun cycles=5 until=x\nkill at=5\n```\n"))
                .containsExactly(
                        "l/lesson.md:8: unknown action kind 'jump' (the kinds are: type, run, kill, boot)",
                        "l/lesson.md:9: 'run' needs exactly one of cycles, until",
                        "l/lesson.md:10: 'run' needs exactly one of cycles, until",
                        "l/lesson.md:11: 'kill' needs the field 'process'");
    }

    @Test
    void blocksOutsideStepsUnclosedAndMisspelt() {
        assertThat(errors(FRONT + "```check\nipc from=a\n```\n## Step\n```chek\nipc\n```\n```hints\nx\n```\n```check\n"))
                .containsExactly(
                        "l/lesson.md:6: a 'check' block must be inside a step (after a '## ' heading)",
                        "l/lesson.md:10: unknown block 'chek' (did you mean 'check'?)",
                        "l/lesson.md:13: unknown block 'hints' (did you mean 'hint'?)",
                        "l/lesson.md:16: this ``` block is not closed");
    }

    @Test
    void ordinaryCodeBlocksAreText() {
        assertThat(errors(FRONT + "## Step\n```c\nint x;\n```\n```sh\nls\n```\n```\nplain\n```\n")).isEmpty();
    }

    @Test
    void aLongerFenceHoldsShorterOnes() {
        LessonParser.Parsed p = LessonParser.parse("l/lesson.md",
                FRONT + "## Step\n````md\n```check\nnot a check\n```\n````\n```check\nprocess name=a state=created\n```\n");
        assertThat(p.errors()).isEmpty();
        assertThat(p.steps().get(0).text()).isEqualTo("````md\n```check\nnot a check\n```\n````");
        assertThat(p.steps().get(0).checks()).hasSize(1);
    }
}
