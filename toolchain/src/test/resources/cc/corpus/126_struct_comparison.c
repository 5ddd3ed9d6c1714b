/* Structs cannot be compared with ==; compare them member by member. */
#include <stdio.h>
#include <string.h>

struct version {
    int major, minor, patch;
};

static int compare(const struct version *a, const struct version *b) {
    if (a->major != b->major) return a->major < b->major ? -1 : 1;
    if (a->minor != b->minor) return a->minor < b->minor ? -1 : 1;
    if (a->patch != b->patch) return a->patch < b->patch ? -1 : 1;
    return 0;
}

int main(void) {
    struct version v[] = {{1, 2, 3}, {1, 10, 0}, {1, 2, 3}, {0, 99, 99}};
    for (int i = 0; i < 3; i++) {
        printf("%d.%d.%d vs %d.%d.%d: %d\n", v[i].major, v[i].minor, v[i].patch,
               v[i + 1].major, v[i + 1].minor, v[i + 1].patch, compare(&v[i], &v[i + 1]));
    }
    printf("memcmp of equal structs without padding: %d\n", memcmp(&v[0], &v[2], sizeof v[0]));
    return 0;
}
