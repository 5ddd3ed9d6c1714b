/* Adjacent string literals are joined into one, also across lines and with macros. */
#include <stdio.h>

#define NAME "minnow"
#define VERSION "1"

int main(void) {
    const char *s = "abc" "def";
    printf("%s\n", s);
    printf("%s\n", "one, "
                   "two, "
                   "three");
    printf("%s\n", NAME " version " VERSION);
    printf("sizeof(\"ab\" \"cd\") = %u\n", (unsigned)sizeof("ab" "cd"));
    printf("%s\n", "\x41" "B");   /* the hex escape ends with its literal: "AB", not \x41B */
    return 0;
}
