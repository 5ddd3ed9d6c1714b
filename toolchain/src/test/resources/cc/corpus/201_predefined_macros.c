/* Macros every compiler for this target defines: __STDC__, __STDC_VERSION__ (C99 or later),
   __riscv and __riscv_xlen; minnow cc also defines __minnow__ (GCC defines __GNUC__ instead). */
#include <stdio.h>

int main(void) {
    printf("__STDC__ = %d\n", __STDC__);
#if __STDC_VERSION__ >= 199901L
    printf("C99 or later\n");
#endif
#ifdef __riscv
    printf("__riscv defined\n");
#endif
    printf("__riscv_xlen = %d\n", __riscv_xlen);
#if defined(__minnow__) || defined(__GNUC__)
    printf("a known compiler\n");
#endif
#if __riscv_xlen == 32
    printf("pointers are %u bytes\n", (unsigned)sizeof(void *));
#endif
    return 0;
}
