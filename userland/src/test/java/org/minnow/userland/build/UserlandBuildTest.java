package org.minnow.userland.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.userland.BootImageFile;

/**
 * The userland build on a small userland of its own (the real headers and libraries, one or two
 * programs): it links programs, makes the boot image from bootimage.conf, and fails with
 * file:line:col for a C error and with the line for a bad configuration.
 */
class UserlandBuildTest {
    @TempDir
    Path root;

    /** A userland with the real include/ and lib/, and the given programs and bootimage.conf. */
    private Path userland(String conf, String... programs) throws IOException {
        Path real = Path.of("").toAbsolutePath();
        copyTree(real.resolve("include"), root.resolve("include"));
        copyTree(real.resolve("lib"), root.resolve("lib"));
        for (int i = 0; i < programs.length; i += 2) {
            Path file = root.resolve(programs[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, programs[i + 1]);
        }
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/bootimage.conf"), conf);
        return root;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void buildsProgramsLibrariesAndTheBootImage() throws IOException {
        Path u = userland("# a comment\nhello 11 commands/hello user   # init's slot\n",
            "commands/hello/hello.c", "#include <stdio.h>\nint main(void) { printf(\"hi\\n\"); return 0; }\n");
        Path work = root.resolve("work");
        List<BootImageFile.Program> boot = new UserlandBuild(u).buildAll(work);
        assertThat(boot).hasSize(1);
        assertThat(boot.get(0).entry().name()).isEqualTo("hello");
        assertThat(Files.exists(work.resolve("bin/hello"))).isTrue();
        assertThat(Files.readAllBytes(work.resolve("bin/hello"))).isEqualTo(boot.get(0).elf());
        assertThat(Files.exists(work.resolve("lib/libc.a"))).isTrue();
        assertThat(Files.exists(work.resolve("lib/libsys.a"))).isTrue();
    }

    @Test
    void theBuildIsTheSameEveryTime() throws IOException {
        Path u = userland("hello 11 commands/hello user\n",
            "commands/hello/hello.c", "int main(void) { return 3; }\n");
        byte[] first = new UserlandBuild(u).buildAll(root.resolve("w1")).get(0).elf();
        byte[] second = new UserlandBuild(u).buildAll(root.resolve("w2")).get(0).elf();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aCErrorFailsTheBuildWithFileLineAndColumn() throws IOException {
        Path u = userland("hello 11 commands/hello user\n",
            "commands/hello/hello.c", "int main(void) {\n    return undeclared_thing;\n}\n");
        BuildException e = catchThrowableOfType(() -> new UserlandBuild(u).buildAll(root.resolve("w")), BuildException.class);
        assertThat(e).isNotNull();
        assertThat(e.errors()).hasSize(1);
        assertThat(e.errors().get(0)).startsWith("commands/hello/hello.c:2:12: error:").contains("undeclared_thing");
        assertThat(e.getMessage()).contains("commands/hello/hello.c:2:12");
    }

    @Test
    void warningsAreKeptButDoNotFailTheBuild() throws IOException {
        Path u = userland("hello 11 commands/hello user\n",
            "commands/hello/hello.c", "int main(void) {\n    int *p = 5;\n    return *p;\n}\n");
        UserlandBuild build = new UserlandBuild(u);
        assertThat(build.buildAll(root.resolve("w"))).hasSize(1);
        assertThat(build.warnings()).hasSize(1);
        assertThat(build.warnings().get(0)).startsWith("commands/hello/hello.c:2:").contains("warning");
    }

    @Test
    void anUndefinedFunctionIsALinkErrorNamingTheProgram() throws IOException {
        Path u = userland("hello 11 commands/hello user\n",
            "commands/hello/hello.c", "void nowhere(void);\nint main(void) { nowhere(); return 0; }\n");
        assertThatThrownBy(() -> new UserlandBuild(u).buildAll(root.resolve("w")))
            .isInstanceOf(BuildException.class)
            .hasMessageContaining("commands/hello: link:").hasMessageContaining("nowhere");
    }

    private static final String KEEPER = "struct rs_image { const char *name; const unsigned char *elf; unsigned len; };\n"
        + "extern const struct rs_image rs_images[];\n"
        + "int main(void) { return rs_images[0].len == 0 || rs_images[1].name != 0; }\n";

    @Test
    void aProgramWithImagesConfCarriesTheExecutablesItLists() throws IOException {
        Path u = userland("hello 11 commands/hello user\n",
            "commands/hello/hello.c", "int main(void) { return 3; }\n",
            "servers/keeper/keeper.c", KEEPER,
            "servers/keeper/images.conf", "# what keeper carries\ncommands/hello\n?commands/ghost   # optional: absent\n");
        UserlandBuild build = new UserlandBuild(u);
        build.buildAll(root.resolve("w"));
        byte[] hello = build.programs().get("commands/hello");
        byte[] keeper = build.programs().get("servers/keeper");
        assertThat(keeper).isNotNull();
        assertThat(indexOf(keeper, hello)).as("hello's ELF inside keeper").isPositive();
        assertThat(indexOf(keeper, "hello\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isPositive();
    }

    @Test
    void anImagesConfLineNamingNoProgramIsAnErrorWithItsLine() throws IOException {
        Path u = userland("hello 11 commands/hello user\n",
            "commands/hello/hello.c", "int main(void) { return 3; }\n",
            "servers/keeper/keeper.c", KEEPER,
            "servers/keeper/images.conf", "commands/hello\ncommands/ghost\n");
        assertThatThrownBy(() -> new UserlandBuild(u).buildAll(root.resolve("w")))
            .isInstanceOf(BuildException.class)
            .hasMessageContaining("servers/keeper/images.conf:2: no program directory commands/ghost");
    }

    /** Where {@code part} starts in {@code whole}, or -1. */
    private static int indexOf(byte[] whole, byte[] part) {
        for (int i = 0; i + part.length <= whole.length; i++) {
            if (java.util.Arrays.equals(whole, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aBootImageLineNamingNoProgramIsAnErrorWithItsLine() throws IOException {
        Path u = userland("\nhello 11 commands/hello user\nghost 12 commands/ghost user\n",
            "commands/hello/hello.c", "int main(void) { return 0; }\n");
        assertThatThrownBy(() -> new UserlandBuild(u).buildAll(root.resolve("w")))
            .isInstanceOf(BuildException.class)
            .hasMessageContaining("etc/bootimage.conf:3: no program directory commands/ghost");
    }

    @Test
    void theMainEntryWritesBootImgIntoTheClassesDirectory() throws IOException {
        Path u = userland("hello 11 commands/hello user\n",
            "commands/hello/hello.c", "int main(void) { return 0; }\n");
        Path classes = root.resolve("classes");
        UserlandBuild.main(new String[] {u.toString(), classes.toString(), root.resolve("w").toString()});
        byte[] img = Files.readAllBytes(classes.resolve("org/minnow/userland/images/boot.img"));
        assertThat(BootImageFile.read(img, "boot.img")).hasSize(1);
    }
}
