/*
 * report.c: RS's reports on the kernel's event stream (USERLAND.md, "What RS reports"): each is
 * a SYS_DIAGCTL with a tag (RS_DIAG_*) and a line of key=value words that starts with
 * service=LABEL. The workbench and the lessons read these and nothing else.
 */
#include <stdarg.h>
#include <stdio.h>
#include "rs.h"

void report(int tag, const char *format, ...) {
    char text[160];
    va_list args;
    va_start(args, format);
    int n = vsnprintf(text, sizeof(text), format, args);
    va_end(args);
    if (n > (int) sizeof(text) - 1) {
        n = (int) sizeof(text) - 1;
    }
    if (n > 0) {
        sys_diagctl_diag(text, n, tag);
    }
}
