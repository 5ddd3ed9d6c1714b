/* String literals and character constants: escapes, concatenation, wide characters. */
#include "check.h"

int main(void) {
    char *s = "a\tb\n";
    ASSERT(4, strlen(s));
    ASSERT('\t', s[1]);
    ASSERT(10, "\n"[0]);
    ASSERT(0, "\0x"[0]);
    ASSERT(7, "\a"[0]);
    ASSERT(8, "\b"[0]);
    ASSERT(12, "\f"[0]);
    ASSERT(13, "\r"[0]);
    ASSERT(11, "\v"[0]);
    ASSERT(27, "\e"[0]);
    ASSERT('?', "\?"[0]);
    ASSERT('"', "\""[0]);
    ASSERT('\\', "\\"[0]);
    ASSERT(65, "\101"[0]);
    ASSERT(0x41, "\x41"[0]);
    ASSERT(-1, "\xff"[0]);
    ASSERT(-1, '\xff');
    ASSERT(255, (unsigned char)'\377');
    ASSERT(0x6162, 'ab');
    ASSERT(10, sizeof("hello" " " "you"));
    ASSERT(0, strcmp("ab" "cd", "abcd"));
    ASSERT(4, sizeof(L'a'));
    ASSERT(8, sizeof(L"a"));
    ASSERT(0x3b1, L"\u03b1"[0]);
    ASSERT(0xce, (unsigned char)"\u03b1"[0]);
    ASSERT(3, sizeof(u8"é"));
    ASSERT('c', "abc"[2]);
    ASSERT(6, sizeof "a\0b\0c");
    char buf[] = "x" "y";
    ASSERT(3, sizeof buf);
    ASSERT(1, "same" == "same");
    DONE();
}
