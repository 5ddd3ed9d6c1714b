/*
 * stdio_io.c: character and block input and output on streams (fputc, fgetc, fgets, fread,
 * fwrite, puts, ungetc). Reading a line buffered stream first flushes stdout, so a prompt
 * appears before the program waits for the answer.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "libc.h"

/* Marks a wrong-way use of a stream (writing stdin, reading stdout). */
static int bad_direction(FILE *stream) {
    stream->error = 1;
    errno = EBADF;
    return EOF;
}

int fputc(int c, FILE *stream) {
    if (!stream->writable || stream->fd < 0) {
        return bad_direction(stream);
    }
    unsigned char byte = (unsigned char) c;
    if (stream->mode == _IONBF || stream->buffer == NULL) {
        if (write(stream->fd, &byte, 1) != 1) {
            stream->error = 1;
            return EOF;
        }
        return byte;
    }
    if (!stream->writing) {
        stream->writing = 1;
        stream->count = 0;
    }
    stream->buffer[stream->count++] = byte;
    if (stream->count == stream->size || (stream->mode == _IOLBF && byte == '\n')) {
        if (fflush(stream) == EOF) {
            return EOF;
        }
    }
    return byte;
}

int putc(int c, FILE *stream) {
    return fputc(c, stream);
}

int putchar(int c) {
    return fputc(c, stdout);
}

int fputs(const char *s, FILE *stream) {
    for (; *s != '\0'; s++) {
        if (fputc(*s, stream) == EOF) {
            return EOF;
        }
    }
    return 0;
}

/* Writes s and a newline. */
int puts(const char *s) {
    if (fputs(s, stdout) == EOF || fputc('\n', stdout) == EOF) {
        return EOF;
    }
    return 0;
}

size_t fwrite(const void *data, size_t size, size_t count, FILE *stream) {
    const unsigned char *p = data;
    for (size_t i = 0; i < count; i++) {
        for (size_t j = 0; j < size; j++) {
            if (fputc(*p++, stream) == EOF) {
                return i;
            }
        }
    }
    return count;
}

/* Refills an input buffer with one read(); 0 at the end or on an error (flags set). */
static int refill(FILE *stream) {
    if (stream->mode == _IOLBF) {
        fflush(stdout);
    }
    ssize_t n = read(stream->fd, stream->buffer, stream->size);
    if (n <= 0) {
        if (n == 0) {
            stream->eof = 1;
        } else {
            stream->error = 1;
        }
        return 0;
    }
    stream->count = (int) n;
    stream->pos = 0;
    return 1;
}

int fgetc(FILE *stream) {
    if (!stream->readable || stream->fd < 0) {
        return bad_direction(stream);
    }
    if (stream->pushback != EOF) {
        int c = stream->pushback;
        stream->pushback = EOF;
        return c;
    }
    if (stream->eof) {
        return EOF;
    }
    if (stream->writing) {
        fflush(stream);
        stream->writing = 0;
        stream->count = 0;
    }
    if (stream->buffer == NULL) {
        unsigned char byte;
        ssize_t n = read(stream->fd, &byte, 1);
        if (n <= 0) {
            stream->eof = n == 0;
            stream->error = n < 0;
            return EOF;
        }
        return byte;
    }
    if (stream->count == 0 && !refill(stream)) {
        return EOF;
    }
    stream->count--;
    return stream->buffer[stream->pos++];
}

int getc(FILE *stream) {
    return fgetc(stream);
}

int getchar(void) {
    return fgetc(stdin);
}

/* Pushes one byte back so the next read returns it; a second push before a read fails. */
int ungetc(int c, FILE *stream) {
    if (c == EOF || stream->pushback != EOF) {
        return EOF;
    }
    stream->pushback = (unsigned char) c;
    stream->eof = 0;
    return (unsigned char) c;
}

/* Reads a line (with its newline) of at most size-1 bytes; NULL if nothing was read before the end. */
char *fgets(char *buffer, int size, FILE *stream) {
    if (size <= 0) {
        return NULL;
    }
    int n = 0;
    while (n < size - 1) {
        int c = fgetc(stream);
        if (c == EOF) {
            break;
        }
        buffer[n++] = (char) c;
        if (c == '\n') {
            break;
        }
    }
    if (n == 0 && size > 1) {
        return NULL;
    }
    buffer[n] = '\0';
    return buffer;
}

size_t fread(void *data, size_t size, size_t count, FILE *stream) {
    unsigned char *p = data;
    for (size_t i = 0; i < count; i++) {
        for (size_t j = 0; j < size; j++) {
            int c = fgetc(stream);
            if (c == EOF) {
                return i;
            }
            *p++ = (unsigned char) c;
        }
    }
    return count;
}
