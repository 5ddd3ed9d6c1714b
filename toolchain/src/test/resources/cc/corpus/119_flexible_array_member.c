/* A flexible array member: the last member declared as T name[], sized when allocated. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct message {
    int length;
    char text[];
};

struct samples {
    short count;
    int values[];
};

static struct message *make_message(const char *s) {
    int n = (int)strlen(s);
    struct message *m = malloc(sizeof(struct message) + n + 1);
    m->length = n;
    memcpy(m->text, s, n + 1);
    return m;
}

int main(void) {
    printf("sizeof(struct message) = %u\n", (unsigned)sizeof(struct message));
    printf("sizeof(struct samples) = %u, values at %u\n", (unsigned)sizeof(struct samples),
           (unsigned)offsetof(struct samples, values));
    struct message *m = make_message("flexible arrays grow at the end");
    printf("%d: %s\n", m->length, m->text);
    free(m);
    struct samples *s = malloc(sizeof *s + 5 * sizeof(int));
    s->count = 5;
    for (int i = 0; i < s->count; i++) {
        s->values[i] = i * i * i;
    }
    int sum = 0;
    for (int i = 0; i < s->count; i++) {
        sum += s->values[i];
    }
    printf("sum of cubes = %d\n", sum);
    free(s);
    return 0;
}
