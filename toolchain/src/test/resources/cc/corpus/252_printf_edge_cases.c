/* printf at the edges: the most negative numbers, zero with precision 0, alternate forms of zero. */
#include <limits.h>
#include <stdio.h>

int main(void) {
    printf("[%d] [%+d] [%12d] [%-12d|]\n", INT_MIN, INT_MIN, INT_MIN, INT_MIN);
    printf("[%lld]\n", LLONG_MIN);
    printf("[%llu] [%llx]\n", ULLONG_MAX, ULLONG_MAX);
    printf("[%.0d] [%.0u] [%.0x] [%#.0x] [%#.0o] [%+.0d] [% .0d]\n", 0, 0u, 0u, 0u, 0u, 0, 0);
    printf("[%#x] [%#o] [%#X]\n", 0u, 0u, 0u);
    printf("[%05d] [%05d] [%+05d]\n", -1, 0, 0);
    printf("[%hhd] [%hhu]\n", -128, 256);
    printf("[%s]\n", "");
    printf("[%-0*d]\n", 4, 7);
    printf("[%%d]\n");
    printf("[%y] an unknown conversion prints as written (this library's choice)\n");
    return 0;
}
