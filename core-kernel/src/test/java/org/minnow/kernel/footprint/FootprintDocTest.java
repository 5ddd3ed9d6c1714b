package org.minnow.kernel.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minnow.hw.timing.Profile;
import org.minnow.kernel.mem.Layout;

/**
 * FOOTPRINT.md's table and the {@link KernelRoutine} numbers must agree, and the sizes must keep
 * the premise of the cache lesson: the rendezvous IPC path fits the i486's 8 KiB L1 but not a
 * 1-2 KiB one, the buffered (Mach-like) path outgrows the i486 L1 but fits the modern 32 KiB L1I,
 * and the buffered IPC routines are several times the rendezvous ones, as Mach's were L4's.
 */
class FootprintDocTest {

    /** The routines one rendezvous (MINIX-style) message hand-off runs, each counted once. */
    static final Set<KernelRoutine> RENDEZVOUS_PATH = EnumSet.of(KernelRoutine.TRAP_ENTRY, KernelRoutine.DO_IPC,
            KernelRoutine.MINI_SEND, KernelRoutine.MINI_RECEIVE, KernelRoutine.COPY_MESSAGE, KernelRoutine.ENQUEUE,
            KernelRoutine.DEQUEUE, KernelRoutine.PICK_PROC, KernelRoutine.CONTEXT_SWITCH, KernelRoutine.TRAP_EXIT);
    /** The same hand-off in the buffered (Mach-style) IPC: the buffer routines replace mini_send/receive. */
    static final Set<KernelRoutine> BUFFERED_PATH = EnumSet.of(KernelRoutine.TRAP_ENTRY, KernelRoutine.DO_IPC,
            KernelRoutine.BUF_SEND, KernelRoutine.BUF_QUEUE, KernelRoutine.BUF_RECEIVE, KernelRoutine.COPY_MESSAGE,
            KernelRoutine.ENQUEUE, KernelRoutine.DEQUEUE, KernelRoutine.PICK_PROC, KernelRoutine.CONTEXT_SWITCH,
            KernelRoutine.TRAP_EXIT);
    static final Set<KernelRoutine> RENDEZVOUS_IPC = EnumSet.of(KernelRoutine.MINI_SEND, KernelRoutine.MINI_RECEIVE);
    static final Set<KernelRoutine> BUFFERED_IPC =
            EnumSet.of(KernelRoutine.BUF_SEND, KernelRoutine.BUF_QUEUE, KernelRoutine.BUF_RECEIVE);

    /** Free room the rendezvous path must leave in the i486's unified L1 for kernel data and user code. */
    static final int I486_ROOM_FOR_DATA = 2 * 1024;
    /** The cache below which the lesson expects even the rendezvous path to miss. */
    static final int SMALL_CACHE = 2 * 1024;

    private static final Path DOC = Path.of("FOOTPRINT.md");
    private static List<Row> routineRows;
    private static Map<String, Row> pathRows;

    /** One table row: a name and its bytes and instructions. */
    record Row(String name, int bytes, int instructions) {
    }

    @BeforeAll
    static void readTheDocument() throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        routineRows = routineRows(lines);
        pathRows = pathRows(lines);
    }

    @Test
    void tableListsEveryRoutineOnceInEnumOrder() {
        List<String> inDoc = routineRows.stream().map(Row::name).toList();
        List<String> inEnum = Arrays.stream(KernelRoutine.values()).map(Enum::name).toList();
        assertThat(inDoc).containsExactlyElementsOf(inEnum);
    }

    @Test
    void tableNumbersAreTheEnumsNumbers() {
        for (Row row : routineRows) {
            KernelRoutine r = KernelRoutine.valueOf(row.name());
            assertThat(row.bytes()).as("bytes of %s in FOOTPRINT.md", r).isEqualTo(r.bytes);
            assertThat(row.instructions()).as("instructions of %s in FOOTPRINT.md", r).isEqualTo(r.instructions);
        }
    }

    @Test
    void pathTotalsInTheDocumentAreTheSumsOfTheEnum() {
        assertThat(pathRows).containsOnlyKeys("rendezvous path", "buffered path");
        assertThat(pathRows.get("rendezvous path").bytes()).isEqualTo(bytes(RENDEZVOUS_PATH));
        assertThat(pathRows.get("rendezvous path").instructions()).isEqualTo(instructions(RENDEZVOUS_PATH));
        assertThat(pathRows.get("buffered path").bytes()).isEqualTo(bytes(BUFFERED_PATH));
        assertThat(pathRows.get("buffered path").instructions()).isEqualTo(instructions(BUFFERED_PATH));
    }

    @Test
    void everyRoutineIsWholeRv32InstructionsAndRunsSome() {
        for (KernelRoutine r : KernelRoutine.values()) {
            assertThat(r.bytes).as("bytes of %s", r).isPositive().matches(b -> b % 4 == 0, "a multiple of 4");
            assertThat(r.instructions).as("instructions of %s", r).isPositive();
        }
    }

    @Test
    void rendezvousPathFitsTheI486CacheButNotATwoKibOne() {
        int l1 = Profile.i486().l1i().sizeBytes();
        assertThat(bytes(RENDEZVOUS_PATH)).isGreaterThan(SMALL_CACHE).isLessThanOrEqualTo(l1 - I486_ROOM_FOR_DATA);
    }

    @Test
    void bufferedPathOutgrowsTheI486CacheButFitsTheModernL1i() {
        assertThat(bytes(BUFFERED_PATH))
                .isGreaterThan(Profile.i486().l1i().sizeBytes())
                .isLessThan(Profile.modern().l1i().sizeBytes());
    }

    @Test
    void bufferedPathIsLargerThanTheRendezvousPathInBytesAndInstructions() {
        assertThat(bytes(BUFFERED_PATH)).isGreaterThan(bytes(RENDEZVOUS_PATH));
        assertThat(instructions(BUFFERED_PATH)).isGreaterThan(instructions(RENDEZVOUS_PATH));
    }

    @Test
    void bufferedIpcRoutinesAreAtLeastThreeTimesTheRendezvousOnes() {
        assertThat(bytes(BUFFERED_IPC)).isGreaterThanOrEqualTo(3 * bytes(RENDEZVOUS_IPC));
        assertThat(instructions(BUFFERED_IPC)).isGreaterThanOrEqualTo(3 * instructions(RENDEZVOUS_IPC));
    }

    @Test
    void routinesFitTheKernelTextRegionWithoutOverlapping() {
        int end = CodeFootprint.IDLE_LOOP + CodeFootprint.IDLE_LOOP_BYTES;
        for (KernelRoutine r : KernelRoutine.values()) {
            assertThat(CodeFootprint.address(r)).as("address of %s", r).isGreaterThanOrEqualTo(end);
            end = CodeFootprint.address(r) + r.bytes;
            assertThat(CodeFootprint.routineAt(end - 1)).isEqualTo(r);
        }
        assertThat(end).isLessThanOrEqualTo(Layout.KERNEL_TEXT + Layout.KERNEL_TEXT_BYTES);
    }

    @Test
    void aRowWhoseNumberIsNotANumberIsReportedWithItsLine() {
        List<String> lines = List.of("# title", "| `DO_FORK` | lots | 408 | do_fork.c | |");
        assertThatThrownBy(() -> routineRows(lines))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FOOTPRINT.md line 2")
                .hasMessageContaining("DO_FORK")
                .hasMessageContaining("lots");
    }

    @Test
    void aRowWithTooFewCellsIsReportedWithItsLine() {
        List<String> lines = List.of("| `DO_FORK` | 848 |");
        assertThatThrownBy(() -> routineRows(lines))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FOOTPRINT.md line 1")
                .hasMessageContaining("bytes and instructions");
    }

    private static int bytes(Set<KernelRoutine> routines) {
        return routines.stream().mapToInt(r -> r.bytes).sum();
    }

    private static int instructions(Set<KernelRoutine> routines) {
        return routines.stream().mapToInt(r -> r.instructions).sum();
    }

    private static final Pattern ROUTINE_ROW = Pattern.compile("^\\|\\s*`([A-Z][A-Z_]*)`\\s*\\|(.*)$");
    private static final Pattern PATH_ROW = Pattern.compile("^\\|\\s*(rendezvous path|buffered path)\\s*\\|(.*)$");

    /** The rows of the routine table: those whose first cell is an upper-case name in backquotes. */
    static List<Row> routineRows(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ROUTINE_ROW.matcher(lines.get(i));
            if (m.matches()) {
                rows.add(row(m.group(1), m.group(2), i + 1));
            }
        }
        return rows;
    }

    /** The rows of the path-totals table, by path name. */
    static Map<String, Row> pathRows(List<String> lines) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = PATH_ROW.matcher(lines.get(i));
            if (m.matches()) {
                rows.put(m.group(1), row(m.group(1), m.group(2), i + 1));
            }
        }
        return rows;
    }

    private static Row row(String name, String restOfLine, int lineNumber) {
        String[] cells = restOfLine.split("\\|");
        if (cells.length < 2) {
            throw new IllegalArgumentException("FOOTPRINT.md line " + lineNumber + ": the row for " + name
                    + " needs bytes and instructions after its name");
        }
        return new Row(name, number(cells[0], name, lineNumber), number(cells[1], name, lineNumber));
    }

    private static int number(String cell, String name, int lineNumber) {
        String text = cell.trim();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("FOOTPRINT.md line " + lineNumber + ": the row for " + name
                    + " has '" + text + "' where a whole number belongs");
        }
    }
}
