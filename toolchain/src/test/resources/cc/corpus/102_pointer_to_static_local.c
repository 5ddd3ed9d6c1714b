/* A static local outlives its function call, so a pointer to it stays valid (unlike a pointer
   to an ordinary local, which dangles). */
#include <stdio.h>

static const char *number_name(int n) {
    static char buffer[16];
    const char *names[] = {"zero", "one", "two", "three"};
    int i = 0;
    for (const char *s = names[n]; *s; s++) {
        buffer[i++] = *s - 'a' + 'A';
    }
    buffer[i] = '\0';
    return buffer;
}

static int *counter(void) {
    static int count;
    count++;
    return &count;
}

int main(void) {
    printf("%s\n", number_name(2));
    const char *a = number_name(1);
    printf("%s\n", a);
    number_name(3);
    printf("the same buffer now says %s\n", a);
    counter();
    counter();
    int *c = counter();
    printf("count = %d\n", *c);
    *c = 100;
    printf("after reset: %d\n", *counter());
    return 0;
}
