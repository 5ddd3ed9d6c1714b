/* fgets reads a line at a time (keeping the newline); a short buffer splits long lines. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char line[12];
    int n = 0;
    while (fgets(line, sizeof line, stdin) != NULL) {
        size_t len = strlen(line);
        int complete = len > 0 && line[len - 1] == '\n';
        if (complete) {
            line[len - 1] = '\0';
        }
        printf("%d: [%s]%s\n", ++n, line, complete ? "" : " (no newline)");
    }
    printf("%d pieces\n", n);
    return 0;
}
