/* const objects: read-only globals, const parameters, const struct members. */
#include <stdio.h>

static const int limit = 3;
static const char greeting[] = "hi";

struct settings {
    const char *const name;
    const int id;
    int changes;
};

static int count_up_to(const int n) {
    int total = 0;
    for (int i = 1; i <= n; i++) {
        total += i;
    }
    return total;
}

int main(void) {
    struct settings s = {"default", 7, 0};
    s.changes++;
    printf("limit %d, greeting %s, sum %d\n", limit, greeting, count_up_to(limit));
    printf("settings %s %d %d\n", s.name, s.id, s.changes);
    int value = 10;
    const int *view = &value;
    value = 11;             /* the object itself is not const */
    printf("*view = %d\n", *view);
    int *writable = (int *)view;   /* casting const away is fine when the object is not const */
    *writable = 12;
    printf("value = %d\n", value);
    return 0;
}
