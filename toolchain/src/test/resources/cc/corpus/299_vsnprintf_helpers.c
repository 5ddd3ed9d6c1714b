/* A string builder on top of vsnprintf that grows its buffer with realloc. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct builder {
    char *data;
    int length;
    int capacity;
};

static void append(struct builder *b, const char *format, ...) {
    va_list ap;
    va_start(ap, format);
    int need = vsnprintf(NULL, 0, format, ap);
    va_end(ap);
    if (b->length + need + 1 > b->capacity) {
        while (b->length + need + 1 > b->capacity) {
            b->capacity = b->capacity ? b->capacity * 2 : 8;
        }
        b->data = realloc(b->data, b->capacity);
    }
    va_start(ap, format);
    vsnprintf(b->data + b->length, b->capacity - b->length, format, ap);
    va_end(ap);
    b->length += need;
}

int main(void) {
    struct builder b = {NULL, 0, 0};
    for (int i = 1; i <= 12; i++) {
        append(&b, "%s%d", i > 1 ? "," : "[", i * i);
    }
    append(&b, "]");
    printf("%s\n", b.data);
    printf("length %d, capacity %d, strlen agrees: %d\n", b.length, b.capacity, (int)strlen(b.data) == b.length);
    free(b.data);
    return 0;
}
