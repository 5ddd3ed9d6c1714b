/* strtok splits a string into tokens at any of the delimiter characters, in place. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char text[] = "  the quick,brown;;fox  jumps ";
    int n = 0;
    for (char *t = strtok(text, " ,;"); t != NULL; t = strtok(NULL, " ,;")) {
        printf("token %d: [%s]\n", ++n, t);
    }
    printf("after: calling again gives %s\n", strtok(NULL, " ") == NULL ? "NULL" : "a token");
    char path[] = "/usr/local/bin";
    char *part = strtok(path, "/");
    while (part) {
        printf("part [%s]\n", part);
        part = strtok(NULL, "/");
    }
    char only_delims[] = ";;;";
    printf("only delimiters: %s\n", strtok(only_delims, ";") == NULL ? "NULL" : "token");
    char changing[] = "a=1&b=2";
    char *key = strtok(changing, "=");
    char *value = strtok(NULL, "&");
    char *key2 = strtok(NULL, "=");
    printf("%s -> %s, next key %s\n", key, value, key2);
    return 0;
}
