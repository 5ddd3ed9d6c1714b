/* A partly initialised local array or struct has all its other elements set to zero. */
#include <stdio.h>

struct big {
    int a;
    char text[6];
    long long ll;
    int tail[3];
};

int main(void) {
    int a[6] = {1, 2};
    for (int i = 0; i < 6; i++) {
        printf("%d ", a[i]);
    }
    printf("\n");
    struct big b = {42, "ab"};
    printf("a %d, text %s, text[5] %d, ll %lld, tail %d %d %d\n", b.a, b.text, b.text[5], b.ll, b.tail[0], b.tail[1],
           b.tail[2]);
    struct big arr[3] = {{1}, [2].tail[1] = 9};
    printf("arr[0].a %d, arr[1].a %d, arr[2].tail = %d %d %d\n", arr[0].a, arr[1].a, arr[2].tail[0], arr[2].tail[1],
           arr[2].tail[2]);
    char s[8] = {'h', 'i'};
    printf("s = %s, s[7] = %d\n", s, s[7]);
    return 0;
}
