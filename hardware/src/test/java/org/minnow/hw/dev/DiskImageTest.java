package org.minnow.hw.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskImageTest {
    @TempDir
    Path dir;

    private static byte[] pattern(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 7 + 1);
        }
        return b;
    }

    @Test
    void aBlankImageIsZeroesOfTheGivenSize() {
        DiskImage disk = DiskImage.blank(4096);
        assertThat(disk.size()).isEqualTo(4096);
        assertThat(disk.sectors()).isEqualTo(8);
        assertThat(disk.isReadOnly()).isFalse();
        assertThat(disk.file()).isEmpty();
        byte[] got = new byte[4096];
        disk.read(0, got, 0, 4096);
        assertThat(got).containsOnly(0);
    }

    @Test
    void anImageFromBytesHoldsACopy() {
        byte[] contents = pattern(1024);
        DiskImage disk = DiskImage.of(contents, true);
        contents[0] = 99;
        byte[] got = new byte[2];
        disk.read(0, got, 0, 2);
        assertThat(got).containsExactly(1, 8);
        assertThat(disk.isReadOnly()).isTrue();
    }

    @Test
    void sizesThatAreNotWholeSectorsAreRefused() {
        assertThatThrownBy(() -> DiskImage.blank(1000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000").hasMessageContaining("multiple of 512");
        assertThatThrownBy(() -> DiskImage.of(new byte[0], false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void openingAMissingFileNamesIt() {
        Path missing = dir.resolve("nope.img");
        assertThatThrownBy(() -> DiskImage.open(missing, false)).isInstanceOf(IOException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("no such file");
    }

    @Test
    void openingAFileOfAnOddSizeNamesItAndTheReason() throws IOException {
        Path odd = dir.resolve("odd.img");
        Files.write(odd, new byte[700]);
        assertThatThrownBy(() -> DiskImage.open(odd, false)).isInstanceOf(IOException.class)
                .hasMessageContaining(odd.toString()).hasMessageContaining("700 bytes is not a multiple of 512");
    }

    @Test
    void openingADirectoryOrAnEmptyFileIsRefused() throws IOException {
        assertThatThrownBy(() -> DiskImage.open(dir, false)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a regular file");
        Path empty = Files.createFile(dir.resolve("empty.img"));
        assertThatThrownBy(() -> DiskImage.open(empty, false)).isInstanceOf(IOException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void anOpenedImageHoldsTheFilesBytes() throws IOException {
        Path file = dir.resolve("d.img");
        Files.write(file, pattern(2048));
        DiskImage disk = DiskImage.open(file, false);
        assertThat(disk.size()).isEqualTo(2048);
        assertThat(disk.file()).contains(file);
        byte[] got = new byte[512];
        disk.read(1024, got, 0, 512);
        assertThat(got).isEqualTo(Arrays.copyOfRange(pattern(2048), 1024, 1536));
    }

    @Test
    void writesChangeTheImageAndMarkItDirty() {
        DiskImage disk = DiskImage.blank(2048);
        assertThat(disk.isDirty()).isFalse();
        disk.write(600, new byte[] {5, 6, 7}, 0, 3);
        assertThat(disk.isDirty()).isTrue();
        byte[] got = new byte[3];
        disk.read(600, got, 0, 3);
        assertThat(got).containsExactly(5, 6, 7);
    }

    @Test
    void aReadOnlyImageRefusesWrites() {
        DiskImage disk = DiskImage.of(new byte[512], true);
        assertThatThrownBy(() -> disk.write(0, new byte[1], 0, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read-only");
    }

    @Test
    void accessesOutsideTheImageAreRefused() {
        DiskImage disk = DiskImage.blank(1024);
        assertThatThrownBy(() -> disk.read(1000, new byte[100], 0, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000..1100");
        assertThatThrownBy(() -> disk.write(-1, new byte[1], 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesReachTheFileOnlyAtFlush() throws IOException {
        Path file = dir.resolve("d.img");
        Files.write(file, new byte[4096]);
        DiskImage disk = DiskImage.open(file, false);
        disk.write(512, new byte[] {1, 2, 3}, 0, 3);
        disk.write(3000, new byte[] {9}, 0, 1);
        assertThat(Files.readAllBytes(file)).containsOnly(0);
        disk.flush();
        byte[] onDisk = Files.readAllBytes(file);
        assertThat(onDisk).hasSize(4096);
        assertThat(Arrays.copyOfRange(onDisk, 512, 515)).containsExactly(1, 2, 3);
        assertThat(onDisk[3000]).isEqualTo((byte) 9);
        assertThat(disk.isDirty()).isFalse();
    }

    @Test
    void flushLeavesCleanSectorsOfTheFileAlone() throws IOException {
        Path file = dir.resolve("d.img");
        Files.write(file, new byte[2048]);
        DiskImage disk = DiskImage.open(file, false);
        disk.write(0, new byte[] {1}, 0, 1);
        // Someone else changes a sector the emulator never wrote: flush must not overwrite it.
        byte[] changed = new byte[2048];
        changed[1500] = 42;
        Files.write(file, changed);
        disk.flush();
        byte[] onDisk = Files.readAllBytes(file);
        assertThat(onDisk[0]).isEqualTo((byte) 1);
        assertThat(onDisk[1500]).isEqualTo((byte) 42);
    }

    @Test
    void aReadOnlyImageNeverWritesItsFile() throws IOException {
        Path file = dir.resolve("ro.img");
        Files.write(file, pattern(512));
        DiskImage disk = DiskImage.open(file, true);
        disk.flush();
        assertThat(Files.readAllBytes(file)).isEqualTo(pattern(512));
    }

    @Test
    void flushFailureNamesTheFile() throws IOException {
        Path file = dir.resolve("gone.img");
        Files.write(file, new byte[512]);
        DiskImage disk = DiskImage.open(file, false);
        disk.write(0, new byte[] {1}, 0, 1);
        Files.delete(file);
        assertThatThrownBy(disk::flush).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("cannot write back");
        assertThat(disk.isDirty()).isTrue();
    }

    @Test
    void snapshotRoundTripRestoresTheContents() throws Exception {
        DiskImage disk = DiskImage.blank(64 * 512);
        disk.write(3 * 512, pattern(1024), 0, 1024);
        disk.write(40 * 512 + 17, new byte[] {-1}, 0, 1);
        byte[] state = Snapshots.save(disk);

        DiskImage other = DiskImage.blank(64 * 512);
        other.write(10 * 512, new byte[] {7}, 0, 1);
        Snapshots.restore(other, state);
        byte[] a = new byte[disk.size()], b = new byte[other.size()];
        disk.read(0, a, 0, a.length);
        other.read(0, b, 0, b.length);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void snapshotsSkipZeroSectorsAndCompress() {
        DiskImage disk = DiskImage.blank(8 * 1024 * 1024);
        disk.write(4096, new byte[] {1, 2, 3, 4}, 0, 4);
        assertThat(Snapshots.save(disk).length).isLessThan(200);
    }

    @Test
    void aSnapshotOfAnotherSizeIsRefused() {
        byte[] state = Snapshots.save(DiskImage.blank(1024));
        assertThatThrownBy(() -> Snapshots.restore(DiskImage.blank(2048), state)).isInstanceOf(IOException.class)
                .hasMessageContaining("1024 bytes").hasMessageContaining("2048");
    }

    @Test
    void aDamagedSnapshotIsRefused() {
        byte[] state = Snapshots.save(DiskImage.blank(1024));
        state[9] ^= 0x55; // inside the compressed data
        assertThatThrownBy(() -> Snapshots.restore(DiskImage.blank(1024), state)).isInstanceOf(IOException.class);
    }

    @Test
    void restoringMarksChangedSectorsDirtySoFlushWritesThem() throws Exception {
        Path file = dir.resolve("d.img");
        Files.write(file, new byte[2048]);
        DiskImage disk = DiskImage.open(file, false);
        byte[] cleanState = Snapshots.save(disk);
        disk.write(1024, new byte[] {5}, 0, 1);
        disk.flush();
        assertThat(Files.readAllBytes(file)[1024]).isEqualTo((byte) 5);

        Snapshots.restore(disk, cleanState);
        assertThat(disk.isDirty()).isTrue();
        disk.flush();
        assertThat(Files.readAllBytes(file)).containsOnly(0);
    }
}
