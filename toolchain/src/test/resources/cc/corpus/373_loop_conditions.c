/* Loop conditions combining && and || with side effects that are sequenced by them. */
#include <stdio.h>

static const char *text = "alpha beta;gamma";
static int pos;

static int next_char(void) {
    return text[pos] ? text[pos++] : 0;
}

int main(void) {
    int c, letters = 0;
    while ((c = next_char()) != 0 && c != ';') {
        if (c != ' ') letters++;
    }
    printf("letters before ';': %d, stopped at position %d\n", letters, pos);
    int a[] = {3, 1, 4, 1, 5, 9, 2, 6};
    int i = 0;
    while (i < 8 && a[i] != 9) i++;
    printf("9 at index %d\n", i);
    int tries = 0, value = 1;
    do {
        value *= 3;
        tries++;
    } while (value % 7 != 1 || tries < 2);
    printf("3^%d = %d leaves remainder 1 mod 7\n", tries, value);
    int j = 0, k = 10;
    for (; j < k && (j * k) % 7 != 6; j++, k--) {
    }
    printf("j = %d, k = %d\n", j, k);
    return 0;
}
