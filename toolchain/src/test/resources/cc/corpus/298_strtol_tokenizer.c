/* Using strtol's end pointer to read a list of numbers from one string. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    const char *input = " 12, -7,0x1F ,  010 , 99bottles";
    const char *p = input;
    int count = 0;
    long sum = 0;
    for (;;) {
        char *end;
        long v = strtol(p, &end, 0);
        if (end == p) {
            break;
        }
        printf("read %ld\n", v);
        sum += v;
        count++;
        p = end;
        while (*p == ' ' || *p == ',') {
            p++;
        }
    }
    printf("%d numbers, sum %ld, stopped at [%s]\n", count, sum, p);
    return 0;
}
