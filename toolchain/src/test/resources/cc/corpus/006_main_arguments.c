/* On bare metal main gets argc = 0 and argv = NULL. */
#include <stdio.h>

int main(int argc, char **argv) {
    printf("argc = %d\n", argc);
    printf("argv is %s\n", argv == NULL ? "NULL" : "not NULL");
    return 0;
}
