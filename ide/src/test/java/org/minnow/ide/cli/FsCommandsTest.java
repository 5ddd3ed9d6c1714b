package org.minnow.ide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code minnow mkfs} and {@code minnow fsck}: images, exit statuses and error lines. */
class FsCommandsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true));
        System.setErr(new PrintStream(err, true));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private Path folder() throws Exception {
        Path root = Files.createDirectories(dir.resolve("root/etc"));
        Files.writeString(root.resolve("rc"), "echo hi\n");
        return root.getParent();
    }

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void mkfsThenFsckIsClean() throws Exception {
        assertThat(Main.run("mkfs", "--blocks", "600", "--inodes", "32", "--block-size", "1024",
                folder().toString(), p("a.img"))).isZero();
        assertThat(Files.size(dir.resolve("a.img"))).isEqualTo(600 * 1024);
        assertThat(Main.run("fsck", p("a.img"))).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void fsckPrintsOneLinePerInconsistencyAndExitsOne() throws Exception {
        assertThat(Main.run("mkfs", folder().toString(), p("a.img"))).isZero();
        byte[] image = Files.readAllBytes(dir.resolve("a.img"));
        image[2 * 4096 + 5] = (byte) 0xFF; // inodes 40..47 marked used in the inode bitmap
        Files.write(dir.resolve("a.img"), image);
        assertThat(Main.run("fsck", p("a.img"))).isEqualTo(1);
        assertThat(out.toString().lines()).hasSize(8).first().isEqualTo("inode bitmap: inode 40 is free but its bit is set");
    }

    @Test
    void fsckOfAnUnreadableImageExitsTwo() throws Exception {
        assertThat(Main.run("fsck", p("none.img"))).isEqualTo(2);
        assertThat(err.toString()).startsWith("minnow fsck: " + p("none.img") + ": cannot read").doesNotContain("Exception");
        Files.write(dir.resolve("short.img"), new byte[10]);
        assertThat(Main.run("fsck", p("short.img"))).isEqualTo(2);
        assertThat(err.toString()).contains("too short to hold a superblock");
    }

    @Test
    void mkfsErrorsAreOneLineAndExitOne() throws Exception {
        assertThat(Main.run("mkfs", p("nowhere"), p("a.img"))).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("minnow mkfs: " + p("nowhere") + ": no such folder" + System.lineSeparator());
        assertThat(Main.run("mkfs", "--blocks", "6", folder().toString(), p("b.img"))).isEqualTo(1);
        assertThat(err.toString()).contains("image too small");
        assertThat(Files.exists(dir.resolve("b.img"))).isFalse();
    }

    @Test
    void aBadOptionIsAUsageError() throws Exception {
        assertThat(Main.run("mkfs", "--blocks", "many", folder().toString(), p("a.img"))).isEqualTo(2);
        assertThat(err.toString()).contains("--blocks");
    }
}
