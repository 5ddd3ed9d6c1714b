/* stddef.h: size_t, ptrdiff_t, NULL and offsetof. */
#include <stddef.h>
#include <stdio.h>

struct header {
    char magic[3];
    unsigned short version;
    unsigned int length;
    struct {
        char kind;
        long long stamp;
    } entry;
    char payload[];
};

int main(void) {
    printf("magic %u version %u length %u entry %u entry.stamp %u payload %u size %u\n",
           (unsigned)offsetof(struct header, magic), (unsigned)offsetof(struct header, version),
           (unsigned)offsetof(struct header, length), (unsigned)offsetof(struct header, entry),
           (unsigned)offsetof(struct header, entry.stamp), (unsigned)offsetof(struct header, payload),
           (unsigned)sizeof(struct header));
    size_t s = sizeof(struct header);
    struct header h;
    ptrdiff_t d = &h.magic[2] - &h.magic[0];
    printf("size_t %u bytes, ptrdiff_t %u bytes, d %d, NULL is %d\n", (unsigned)sizeof s, (unsigned)sizeof d, (int)d,
           NULL == 0);
    static const unsigned where = offsetof(struct header, length);   /* a constant expression */
    char room[offsetof(struct header, entry)];
    printf("where %u, room %u\n", where, (unsigned)sizeof room);
    return 0;
}
