package org.minnow.userland.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.hw.elf.ElfFile;
import org.minnow.hw.machine.Machine;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.hw.machine.RunResult;
import org.minnow.hw.machine.StopReason;
import org.minnow.tool.cc.CcDriver;

/**
 * The C file system of VFS (servers/vfs/mfs), compiled by minnow cc with a test program
 * (src/test/c/mfs_test.c) and run on the emulated machine over an image made by Mkfs in RAM:
 * what the program prints, then Fsck and FsImage on the image it leaves behind. The cases run
 * once per block size, in MfsSmallBlocksTest and MfsDefaultBlocksTest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MfsOnMachineCases {
    /** Where the test program expects its RAM disk (DISK_BASE in mfs_test.c), as an offset into RAM. */
    static final int DISK_OFFSET = 0x0200_0000;
    /** Every image is 2 MiB. */
    static final int DISK_BYTES = 2 << 20;
    static final long MAX_CYCLES = 4_000_000_000L;

    Path dir;

    String output;
    RunResult result;
    byte[] after;

    /** The block size of the image this run uses. */
    abstract int blockSize();

    @BeforeAll
    void runTheProgram(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        byte[] image = Mkfs.build(HostTree.sample(dir), Mkfs.Options.defaults().withBlockSize(blockSize())
                .withBlocks(DISK_BYTES / blockSize()).withInodes(128));
        byte[] elf = compile();
        try (Machine machine = new Machine(MachineConfig.standard().withCacheModel(false))) {
            machine.load(ElfFile.parse(elf, "mfs_test"));
            machine.ram().write(DISK_OFFSET, image, 0, image.length);
            ByteArrayOutputStream console = new ByteArrayOutputStream();
            machine.setConsole(console::write);
            result = machine.run(MAX_CYCLES);
            output = console.toString(StandardCharsets.ISO_8859_1);
            after = new byte[image.length];
            machine.ram().read(DISK_OFFSET, after, 0, after.length);
        }
    }

    private byte[] compile() throws Exception {
        List<String> args = new ArrayList<>(List.of("--bare", "-I", "servers/vfs/mfs", "src/test/c/mfs_test.c"));
        try (Stream<Path> sources = Files.list(Path.of("servers/vfs/mfs"))) {
            sources.map(Path::toString).filter(s -> s.endsWith(".c")).sorted().forEach(args::add);
        }
        Path exe = dir.resolve("mfs_test.elf");
        args.add("-o");
        args.add(exe.toString());
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(messages, true, StandardCharsets.UTF_8);
        int status = CcDriver.run(args.toArray(new String[0]), both, both);
        assertThat(messages.toString(StandardCharsets.UTF_8)).as("compiler messages").isEmpty();
        assertThat(status).isZero();
        return Files.readAllBytes(exe);
    }

    @Test
    void theProgramRunsToTheEnd() {
        assertThat(result.reason()).as(output).isEqualTo(StopReason.FINISHED);
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void itReadsTheImageMkfsMade() {
        assertThat(output).contains(
                "mount: 0, block size " + blockSize() + "\n",
                "ls /: . .. big bin empty etc home huge\n",
                "ls /etc: . .. motd rc\n",
                "cat /etc/rc: echo hello\n",
                "stat /bin/hello: mode 100755 links 1 size 12\n",
                "lookup /etc/../bin/./hello: same\n",
                "lookup /nowhere: -2\n",
                "lookup /etc/rc/x: -20\n");
    }

    @Test
    void itCreatesAndWritesFiles() {
        assertThat(output).contains(
                "create /home/notes: 0\nwrite: 11\nappend: 12\ncat /home/notes: first line\nsecond line\n",
                "create /home/notes again: -17\n",
                "create a 60-byte name: -36\n",
                "big data: 300000 bytes, 0 wrong\n",
                "stat /data: size 300000 mtime 1800000000\n");
    }

    @Test
    void itMakesRenamesLinksAndRemovesNames() {
        assertThat(output).contains(
                "mkdir /home/ann: 0\nrename notes: 0\nrename ann: 0\n",
                "rename / into itself: -22\n",
                "ls /ann: . .. notes2\n",
                "cat /ann/notes2: first line\nsecond line\n",
                "ann/.. is the root: yes\n",
                "link: 0\nlinks of rc: 2\n",
                "link a directory: -1\n",
                "unlink /etc/motd: 0\nlookup /etc/motd: -2\n",
                "unlink a directory: -1\n",
                "rmdir /ann (not empty): -39\n",
                "mkdir /tmp: 0\nrmdir /tmp: 0\n",
                "rename over a file: 0\ncat /ann/notes2: echo hello\n");
    }

    @Test
    void itTruncatesAndGrows() {
        assertThat(output).contains(
                "truncate /huge: 0\n",
                "truncate /big: 0\ngrow /big: 0\nread the grown /big: 10 bytes, first 0\n");
    }

    @Test
    void anOpenFileOutlivesItsLastName() {
        assertThat(output).contains(
                "get: 0\nunlink scratch: 0\nread after unlink: still here\n",
                "unmount while held: -16\n",
                "put: 0\nstat after put: -2\n");
    }

    @Test
    void directoriesGrowAndReuseFreeSlots() {
        assertThat(output).contains(
                "mkdir /many: 0\ncat /many/file-69: file-69\nmany: made 70, 37 entries left, directory of 4608 bytes\n",
                "reuse a slot: 0, size still 4608\n");
    }

    @Test
    void aFullDiskIsAnErrorAndFreeingMakesRoom() {
        assertThat(output).contains(
                "fill: the disk is full: -28, size matches: yes\n",
                "mkdir on a full disk: -28\n",
                "unlink fill: 0\nwrite after: 1000\n",
                "out of inodes: -28\nrmdir /inodes: 0\n");
    }

    @Test
    void theBlockCacheKeepsReadsAndHoldsWritesBackUntilASync() {
        assertThat(output).contains(
                "cache: a second read asks the disk 0 times\n"
                + "cache: a write of 4 bytes writes 0 blocks at once, some after sync\n"
                + "cache: a second sync writes 0\n");
    }

    @Test
    void aFailingOrForeignDiskIsAnError() {
        assertThat(output).contains(
                "mount a failing disk: -5\nmount a bad magic: -22\nread unmounted: -22\n");
    }

    @Test
    void whatItWroteSurvivesUnmountAndMount() {
        assertThat(output).contains(
                "unmount: 0\nmount a failing disk", "mount again: 0\ncat /ann/notes2: echo hello\n",
                "ls /: . .. big bin empty etc home huge data ann many after-fill\n",
                "requests: many\n");
    }

    @Test
    void theImageItLeavesIsCleanAndHoldsWhatWasWritten() throws Exception {
        assertThat(Fsck.check(after)).isEmpty();
        FsImage fs = FsImage.open(after);
        assertThat(fs.readFile("/data")).isEqualTo(HostTree.pattern(300_000));
        assertThat(fs.readFile("/huge")).isEqualTo(java.util.Arrays.copyOf(HostTree.pattern(300_000), 5000));
        assertThat(fs.readFile("/big")).isEqualTo(new byte[3000]);
        assertThat(new String(fs.readFile("/ann/notes2"), StandardCharsets.UTF_8)).isEqualTo("echo hello\n");
        assertThat(fs.list("/ann")).containsExactly("notes2", "rc-link");
        assertThat(fs.list("/etc")).isEmpty();
        assertThat(fs.list("/home")).isEmpty();
        Inode data = fs.inode(fs.lookup("/data"));
        assertThat(data.zones[Inode.SINGLE_INDIRECT]).isNotZero();
        if (blockSize() == 1024) {
            assertThat(data.zones[Inode.DOUBLE_INDIRECT]).isNotZero();
        }
        assertThat(fs.inode(fs.lookup("/ann/rc-link")).nlinks).isEqualTo(2);
        assertThat(fs.inode(fs.lookup("/ann")).nlinks).isEqualTo(2);
        assertThat(fs.inode(1).nlinks).isEqualTo(7); // ".", "..", and the ".." of bin, etc, home, ann, many
        assertThat(fs.list("/many")).hasSize(36).contains("again", "file-01", "file-69").doesNotContain("file-00");
    }
}
