/* #if, #elif, #else, #endif, #ifdef and #ifndef choose which lines are compiled. */
#include <stdio.h>

#define LEVEL 2
#define FEATURE_A

int main(void) {
#if LEVEL == 1
    printf("level one\n");
#elif LEVEL == 2
    printf("level two\n");
#else
    printf("another level\n");
#endif

#ifdef FEATURE_A
    printf("feature A on\n");
#else
    printf("feature A off\n");
#endif

#ifndef FEATURE_B
    printf("feature B off\n");
#endif

#if defined(FEATURE_A) && !defined(FEATURE_B) && LEVEL >= 2
    printf("combined condition true\n");
#endif

#if 0
    printf("never compiled\n");
#if 1
    printf("nested in a skipped group\n");
#endif
#endif

#if UNDEFINED_NAME == 0
    printf("an undefined name is 0 in #if\n");
#endif

#if LEVEL > 1
#if LEVEL > 5
    printf("too high\n");
#else
    printf("nested #else\n");
#endif
#endif
    return 0;
}
