/* Comments in a macro definition become spaces before the macro is defined. */
#include <stdio.h>

#define TEN /* the number */ 10 // and a line comment
#define ADD(a, b) /* sum */ ((a) + /* plus */ (b))
#define STR(x) #x

int main(void) {
    printf("TEN = %d\n", TEN);
    printf("ADD(1, 2) = %d\n", ADD(1, 2));
    printf("STR(a/* c */b) = %s\n", STR(a/* c */b));
    printf("STR(x /* */ + /**/ y) = %s\n", STR(x /* */ + /**/ y));
    return 0;
}
