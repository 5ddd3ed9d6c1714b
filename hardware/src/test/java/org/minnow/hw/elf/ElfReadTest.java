package org.minnow.hw.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ElfFile.read: files on disk, and clear errors for ones that cannot be read. */
class ElfReadTest {
    @TempDir
    Path dir;

    @Test
    void readsAFile() throws IOException, ElfException {
        Path file = dir.resolve("prog.elf");
        Files.write(file, Samples.executable());
        ElfFile elf = ElfFile.read(file);
        assertThat(elf.name()).isEqualTo(file.toString());
        assertThat(elf.symbol("_start")).isPresent();
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("missing.elf");
        assertThatThrownBy(() -> ElfFile.read(file))
                .isInstanceOf(ElfException.class)
                .hasMessage(file + ": no such file");
    }

    @Test
    void aDirectoryIsNotAnElfFile() {
        assertThatThrownBy(() -> ElfFile.read(dir))
                .isInstanceOf(ElfException.class)
                .hasMessage(dir + ": is a directory, not an ELF file");
    }

    @Test
    void anUnreadableFileIsReported() throws IOException {
        Path file = dir.resolve("secret.elf");
        Files.write(file, Samples.executable());
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions here");
        }
        assumeFalse(Files.isReadable(file), "this user (root?) can read the file anyway");
        assertThatThrownBy(() -> ElfFile.read(file))
                .isInstanceOf(ElfException.class)
                .hasMessage(file + ": cannot read the file (permission denied)");
    }

    @Test
    void errorsInTheContentsNameThePath() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "hello");
        assertThatThrownBy(() -> ElfFile.read(file))
                .isInstanceOf(ElfException.class)
                .hasMessage(file + ": not an ELF file (bad magic)");
    }
}
