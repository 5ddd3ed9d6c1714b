/* Duff's device: a switch that jumps into the middle of a do-while loop. Valid C. */
#include <stdio.h>

static void copy(char *to, const char *from, int count) {
    int n = (count + 7) / 8;
    switch (count % 8) {
        case 0: do { *to++ = *from++;
        case 7:      *to++ = *from++;
        case 6:      *to++ = *from++;
        case 5:      *to++ = *from++;
        case 4:      *to++ = *from++;
        case 3:      *to++ = *from++;
        case 2:      *to++ = *from++;
        case 1:      *to++ = *from++;
                } while (--n > 0);
    }
}

int main(void) {
    const char *text = "Duff's device copies bytes eight at a time.";
    for (int count = 1; count <= 20; count += 6) {
        char buffer[64] = {0};
        copy(buffer, text, count);
        printf("%2d: \"%s\"\n", count, buffer);
    }
    return 0;
}
