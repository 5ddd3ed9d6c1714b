/* Every escape sequence of C, shown by the code of the character it stands for. */
#include <stdio.h>
#include <string.h>

static void show(const char *name, const char *s) {
    printf("%-6s:", name);
    for (; *s != '\0'; s++) {
        printf(" %d", (unsigned char)*s);
    }
    printf("\n");
}

int main(void) {
    show("\\n", "\n");
    show("\\t", "\t");
    show("\\\\", "\\");
    show("\\'", "\'");
    show("\\\"", "\"");
    show("\\?", "\?");
    show("\\a", "\a");
    show("\\b", "\b");
    show("\\f", "\f");
    show("\\r", "\r");
    show("\\v", "\v");
    show("\\123", "\123");
    show("\\x41", "\x41");
    show("\\7", "\7");
    show("\\0", "a\0b");
    show("\\x7e", "\x7e!");
    show("\\1234", "\1234");
    show("mixed", "A\tB\\C\"D");
    printf("sizeof \"a\\0b\" = %u, strlen = %u\n", (unsigned)sizeof("a\0b"), (unsigned)strlen("a\0b"));
    printf("quote: \" apostrophe: ' backslash: \\ question: ?\n");
    return 0;
}
