package org.minnow.tool.cc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void returnsValue() throws Exception {
        CcTesting.Run r = CcTesting.run("int main() { return 42; }");
        assertThat(r.status()).isEqualTo(42);
    }

    @Test
    void hello() throws Exception {
        CcTesting.Run r = CcTesting.run("#include \"testlib.h\"\nint main() { printf(\"hello %d %s %x %lld\\n\", 42, \"world\", 255, -5LL); return 0; }");
        assertThat(r.output()).isEqualTo("hello 42 world ff -5\n");
        assertThat(r.status()).isEqualTo(0);
    }
}
