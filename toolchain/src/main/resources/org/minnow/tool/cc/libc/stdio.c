/*
 * stdio.c: the three console streams and character input and output. Output is not buffered:
 * every byte goes to the console at once. Input is read byte by byte; the byte 0x04 (Ctrl-D)
 * marks the end of input, after which the stream stays at end of file until clearerr.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "libc.h"

#define END_OF_INPUT 0x04

static FILE streams[3] = {
    {0, 0, 0, EOF},
    {1, 0, 0, EOF},
    {2, 0, 0, EOF},
};

FILE *stdin = &streams[0];
FILE *stdout = &streams[1];
FILE *stderr = &streams[2];

/* Marks a wrong-way use of a stream (writing stdin, reading stdout). */
static int bad_direction(FILE *stream) {
    stream->error = 1;
    errno = EBADF;
    return EOF;
}

int fputc(int c, FILE *stream) {
    if (stream->fd == 0) {
        return bad_direction(stream);
    }
    __minnow_console_put((unsigned char)c);
    return (unsigned char)c;
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

int fgetc(FILE *stream) {
    if (stream->fd != 0) {
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
    int c = __minnow_console_get();
    if (c == END_OF_INPUT) {
        stream->eof = 1;
        return EOF;
    }
    return c;
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
    stream->pushback = (unsigned char)c;
    stream->eof = 0;
    return (unsigned char)c;
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
        buffer[n++] = (char)c;
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

/* Nothing is buffered, so there is nothing to flush. */
int fflush(FILE *stream) {
    (void)stream;
    return 0;
}

int feof(FILE *stream) {
    return stream->eof;
}

int ferror(FILE *stream) {
    return stream->error;
}

void clearerr(FILE *stream) {
    stream->eof = 0;
    stream->error = 0;
}

/* Prints "prefix: message for errno" on stderr (just the message when prefix is NULL or empty). */
void perror(const char *prefix) {
    const char *message = strerror(errno);
    if (prefix != NULL && *prefix != '\0') {
        fputs(prefix, stderr);
        fputs(": ", stderr);
    }
    fputs(message, stderr);
    fputc('\n', stderr);
}
