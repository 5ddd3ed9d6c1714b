/* panic.c: a system process that cannot go on says why (on the event stream) and exits. */
#include <stdarg.h>
#include <stdio.h>
#include <minix/syslib.h>

void panic(const char *format, ...) {
    char text[200];
    va_list args;
    va_start(args, format);
    int n = vsnprintf(text, sizeof(text), format, args);
    va_end(args);
    if (n > (int) sizeof(text) - 1) {
        n = sizeof(text) - 1;
    }
    sys_diagctl_diag("panic: ", 7, 0);
    sys_diagctl_diag(text, n > 0 ? n : 1, 0);
    sys_exit();
    for (;;) {
    }
}
