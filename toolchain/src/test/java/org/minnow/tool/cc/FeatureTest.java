package org.minnow.tool.cc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One C file per language feature (test resources {@code cc/features/}), in chibicc's manner:
 * each checks its expressions with ASSERT and prints "OK" when all hold. Compiled by Minnow's
 * compiler and run on the emulated PC.
 */
class FeatureTest {
    static Stream<String> features() throws Exception {
        Path dir = CcTesting.testlibDir().getParent().resolve("features");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".c")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("features")
    void featureWorks(String name) throws Exception {
        Path file = CcTesting.testlibDir().getParent().resolve("features").resolve(name);
        CcTesting.Run run = CcTesting.run(Files.readString(file, StandardCharsets.ISO_8859_1));
        assertThat(run.output()).isEqualTo("OK\n");
        assertThat(run.status()).isZero();
    }
}
