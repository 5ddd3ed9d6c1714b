/* __FILE__ is the name of the source file as the compiler was given it (printed here without
   any directory), __LINE__ the current line, __func__ the current function's name. */
#include <stdio.h>
#include <string.h>

static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static void where(void) {
    printf("in %s at line %d\n", __func__, __LINE__);
}

int main(void) {
    printf("file %s\n", base_name(__FILE__));
    printf("line %d\n", __LINE__);
    printf("line %d\n",
           __LINE__);
    where();
    printf("function %s, sizeof __func__ = %u\n", __func__, (unsigned)sizeof __func__);
    return 0;
}
