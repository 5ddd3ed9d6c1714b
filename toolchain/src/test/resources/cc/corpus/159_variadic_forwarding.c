/* Passing a va_list on: a logging function built on vprintf and vsnprintf. */
#include <stdarg.h>
#include <stdio.h>

static int line_number;

static void log_line(const char *level, const char *format, ...) {
    va_list ap;
    va_start(ap, format);
    printf("%03d [%s] ", ++line_number, level);
    vprintf(format, ap);
    va_end(ap);
    printf("\n");
}

static int format_into(char *buffer, int size, const char *format, ...) {
    va_list ap;
    va_start(ap, format);
    int n = vsnprintf(buffer, size, format, ap);
    va_end(ap);
    return n;
}

int main(void) {
    log_line("info", "starting %s version %d.%d", "minnow", 0, 1);
    log_line("warn", "%d%% of %u bytes used", 85, 4096u);
    log_line("error", "no arguments");
    char buf[16];
    int n = format_into(buf, sizeof buf, "%s-%05d-%x", "id", 42, 255);
    printf("\"%s\" (%d characters)\n", buf, n);
    n = format_into(buf, 8, "%s", "truncated output");
    printf("\"%s\" (would have been %d)\n", buf, n);
    return 0;
}
