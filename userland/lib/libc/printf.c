/*
 * printf.c: the printf family, each a thin wrapper that picks a FormatSink (a stream or a
 * string) and runs the engine in format.c. They return the number of characters produced; for
 * snprintf that is the length the whole output would have had, even when it was cut short.
 */
#include <errno.h>
#include <stdio.h>
#include "libc.h"

static void put_to_stream(FormatSink *sink, int c) {
    fputc(c, (FILE *)sink->buffer);
}

/* Keeps what fits, leaving room for the terminating zero. */
static void put_to_string(FormatSink *sink, int c) {
    if (sink->length + 1 < sink->capacity) {
        sink->buffer[sink->length] = (char)c;
    }
}

int vfprintf(FILE *stream, const char *format, va_list args) {
    if (!stream->writable) {
        stream->error = 1;
        errno = EBADF;
        return -1;
    }
    FormatSink sink = {put_to_stream, (char *)stream, 0, 0};
    return __minnow_format(&sink, format, args);
}

int vsnprintf(char *buffer, size_t size, const char *format, va_list args) {
    FormatSink sink = {put_to_string, buffer, size, 0};
    int n = __minnow_format(&sink, format, args);
    if (size > 0) {
        buffer[sink.length < size ? sink.length : size - 1] = '\0';
    }
    return n;
}

int vsprintf(char *buffer, const char *format, va_list args) {
    return vsnprintf(buffer, (size_t)-1, format, args);
}

int vprintf(const char *format, va_list args) {
    return vfprintf(stdout, format, args);
}

int printf(const char *format, ...) {
    va_list args;
    va_start(args, format);
    int n = vfprintf(stdout, format, args);
    va_end(args);
    return n;
}

int fprintf(FILE *stream, const char *format, ...) {
    va_list args;
    va_start(args, format);
    int n = vfprintf(stream, format, args);
    va_end(args);
    return n;
}

int sprintf(char *buffer, const char *format, ...) {
    va_list args;
    va_start(args, format);
    int n = vsnprintf(buffer, (size_t)-1, format, args);
    va_end(args);
    return n;
}

int snprintf(char *buffer, size_t size, const char *format, ...) {
    va_list args;
    va_start(args, format);
    int n = vsnprintf(buffer, size, format, args);
    va_end(args);
    return n;
}
