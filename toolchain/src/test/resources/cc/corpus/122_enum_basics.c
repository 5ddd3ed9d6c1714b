/* Enumeration constants are ints: they count up from 0, or from the last value given. */
#include <stdio.h>

enum color { RED, GREEN, BLUE };
enum level { LOW = 10, MEDIUM, HIGH = 20, TOP };
enum signed_values { MINUS = -2, NEXT, ZERO_AGAIN = 0, ALIAS = MINUS };

int main(void) {
    printf("RED %d GREEN %d BLUE %d\n", RED, GREEN, BLUE);
    printf("LOW %d MEDIUM %d HIGH %d TOP %d\n", LOW, MEDIUM, HIGH, TOP);
    printf("MINUS %d NEXT %d ZERO_AGAIN %d ALIAS %d\n", MINUS, NEXT, ZERO_AGAIN, ALIAS);
    enum color c = BLUE;
    c = c - 1;
    printf("BLUE - 1 = %d\n", c);
    printf("sizeof(enum color) = %u\n", (unsigned)sizeof(enum color));
    int i = GREEN + HIGH;
    printf("GREEN + HIGH = %d\n", i);
    enum { ANON_A = 5, ANON_B };
    printf("anonymous: %d %d\n", ANON_A, ANON_B);
    return 0;
}
