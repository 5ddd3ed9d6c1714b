/* GCC's struct layout on ilp32: each member at a multiple of its alignment, the size a multiple
   of the largest alignment. long long is 8-aligned. */
#include <stddef.h>
#include <stdio.h>

struct char_int { char c; int i; };
struct int_char { int i; char c; };
struct char_short_char { char a; short s; char b; };
struct char_char { char a; char b; };
struct char_longlong { char c; long long ll; };
struct short_char { short s; char c; };
struct ptr_char { char *p; char c; };
struct ordered { long long ll; int i; short s; char c; };
struct reordered { char c; long long ll; short s; int i; };

int main(void) {
    printf("char_int: size %u, i at %u\n", (unsigned)sizeof(struct char_int), (unsigned)offsetof(struct char_int, i));
    printf("int_char: size %u, c at %u\n", (unsigned)sizeof(struct int_char), (unsigned)offsetof(struct int_char, c));
    printf("char_short_char: size %u, s at %u, b at %u\n", (unsigned)sizeof(struct char_short_char),
           (unsigned)offsetof(struct char_short_char, s), (unsigned)offsetof(struct char_short_char, b));
    printf("char_char: size %u\n", (unsigned)sizeof(struct char_char));
    printf("char_longlong: size %u, ll at %u\n", (unsigned)sizeof(struct char_longlong),
           (unsigned)offsetof(struct char_longlong, ll));
    printf("short_char: size %u\n", (unsigned)sizeof(struct short_char));
    printf("ptr_char: size %u\n", (unsigned)sizeof(struct ptr_char));
    printf("ordered: size %u, c at %u\n", (unsigned)sizeof(struct ordered), (unsigned)offsetof(struct ordered, c));
    printf("reordered: size %u, ll at %u, s at %u, i at %u\n", (unsigned)sizeof(struct reordered),
           (unsigned)offsetof(struct reordered, ll), (unsigned)offsetof(struct reordered, s),
           (unsigned)offsetof(struct reordered, i));
    struct char_int arr[3];
    printf("array of 3 char_int: %u bytes\n", (unsigned)sizeof arr);
    return 0;
}
