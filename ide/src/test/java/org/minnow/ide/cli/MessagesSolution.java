package org.minnow.ide.cli;

/** Test-only: a student's solution of lesson 02-messages (a client and a server talking by SENDREC). */
final class MessagesSolution {
    private MessagesSolution() {}

    static final String HEADERS = "#include <fcntl.h>\n#include <stdio.h>\n#include <unistd.h>\n"
        + "#include <minix/com.h>\n#include <minix/const.h>\n#include <minix/ipc.h>\n";

    static final String CLIENT = HEADERS + String.join("\n",
        "int main(void) {",
        "    open(\"/dev/console\", O_RDONLY);",
        "    open(\"/dev/console\", O_WRONLY);",
        "    dup(1);",
        "    for (int a = 1; a <= 3; a++) {",
        "        message m;",
        "        m.m_type = 0x100;",
        "        m.m1_i1 = a;",
        "        m.m1_i2 = 10 * a;",
        "        if (ipc_sendrec(SERVER_PROC_NR, &m) != OK) return 1;",
        "        printf(\"client: %d + %d = %d\\n\", a, 10 * a, m.m1_i1);",
        "    }",
        "    return 0;",
        "}",
        "");

    static final String SERVER = HEADERS + String.join("\n",
        "int main(void) {",
        "    for (;;) {",
        "        message m;",
        "        int status;",
        "        if (ipc_receive(ANY, &m, &status) != OK) continue;",
        "        m.m_type = OK;",
        "        m.m1_i1 = m.m1_i1 + m.m1_i2;",
        "        ipc_send(m.m_source, &m);",
        "    }",
        "}",
        "");
}
