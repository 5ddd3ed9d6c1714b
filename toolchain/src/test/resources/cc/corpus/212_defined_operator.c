/* defined NAME and defined(NAME) in #if and #elif, combined with && || !. */
#include <stdio.h>

#define ALPHA
#define BETA 0

int main(void) {
#if defined ALPHA
    printf("ALPHA defined (even though empty)\n");
#endif
#if defined(BETA) && !BETA
    printf("BETA defined and zero\n");
#endif
#if defined(GAMMA)
    printf("not printed\n");
#elif defined(ALPHA) || defined(GAMMA)
    printf("elif with defined\n");
#endif
#if !defined(GAMMA) && !defined DELTA
    printf("neither GAMMA nor DELTA\n");
#endif
#undef ALPHA
#if defined(ALPHA)
    printf("not printed\n");
#else
    printf("ALPHA undefined now\n");
#endif
    return 0;
}
