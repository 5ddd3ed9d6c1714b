package org.minnow.userland.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mkfs's device table (Mkfs.DEVICE_TABLE): device inodes from the lines of a .devices file. */
class MkfsDevicesTest {
    @TempDir
    Path dir;

    private Path devFolder(String table) throws Exception {
        Path dev = Files.createDirectories(dir.resolve("root/dev"));
        Files.writeString(dev.resolve(Mkfs.DEVICE_TABLE), table);
        return dir.resolve("root");
    }

    @Test
    void eachLineBecomesADeviceInodeWithItsNumberInZoneZero() throws Exception {
        Path root = devFolder("# devices\nconsole c 4 0 0620\nram b 1 0\n\nnull c 1 3 0666 # the sink\n");
        byte[] image = Mkfs.build(root, Mkfs.Options.defaults());
        FsImage fs = FsImage.open(image);
        assertThat(fs.list("/dev")).containsExactly("console", "null", "ram");
        Inode console = fs.inode(fs.lookup("/dev/console"));
        assertThat(console.mode).isEqualTo(Inode.S_IFCHR | 0620);
        assertThat(console.zones[0]).isEqualTo(4 << 8);
        assertThat(console.size).isZero();
        Inode ram = fs.inode(fs.lookup("/dev/ram"));
        assertThat(ram.mode).isEqualTo(Inode.S_IFBLK | 0666);
        assertThat(ram.zones[0]).isEqualTo(1 << 8);
        assertThat(fs.inode(fs.lookup("/dev/null")).zones[0]).isEqualTo((1 << 8) | 3);
        assertThat(Fsck.check(image)).isEmpty();
    }

    @Test
    void aBadLineIsAnErrorNamingTheFileAndLine() throws Exception {
        Path root = devFolder("console c 4 0\nnull x 1 3\n");
        assertThatThrownBy(() -> Mkfs.build(root, Mkfs.Options.defaults())).isInstanceOf(FsException.class)
                .hasMessageContaining(".devices:2").hasMessageContaining("NAME c|b MAJOR MINOR");
    }

    @Test
    void numbersAndModesAreChecked() throws Exception {
        assertThatThrownBy(() -> Mkfs.build(devFolder("a c 256 0\n"), Mkfs.Options.defaults()))
                .hasMessageContaining(".devices:1: major '256' is not a number from 0 to 255");
        assertThatThrownBy(() -> Mkfs.build(devFolder("a c 1 0 0999\n"), Mkfs.Options.defaults()))
                .hasMessageContaining("mode '0999' is not an octal number");
    }

    @Test
    void aDeviceMayNotShareItsNameWithAFile() throws Exception {
        Path root = devFolder("null c 1 3\n");
        Files.writeString(root.resolve("dev/null"), "x");
        assertThatThrownBy(() -> Mkfs.build(root, Mkfs.Options.defaults())).isInstanceOf(FsException.class)
                .hasMessageContaining("null is both a file and a device");
    }
}
