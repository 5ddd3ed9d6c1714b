/*
 * stdio_file.c: the streams themselves: the table of FILEs, opening and closing, buffers, and
 * flushing. Output waits in a stream's buffer until it is full, until a newline on a line
 * buffered stream (a terminal), or until fflush; input is read a buffer at a time.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "libc.h"

#define STREAM_BUFFER 1024

static unsigned char in_buffer[STREAM_BUFFER];
static unsigned char out_buffer[STREAM_BUFFER];

static FILE streams[FOPEN_MAX] = {
    {0, 0, 0, EOF, _IOLBF, 0, 1, 0, in_buffer, STREAM_BUFFER, 0, 0},
    {1, 0, 0, EOF, _IOLBF, 1, 0, 1, out_buffer, STREAM_BUFFER, 0, 0},
    {2, 0, 0, EOF, _IONBF, 1, 0, 1, NULL, 0, 0, 0},
};

FILE *stdin = &streams[0];
FILE *stdout = &streams[1];
FILE *stderr = &streams[2];

/* Writes out the buffered output of one stream; EOF (and the error flag) if write fails. */
static int flush_one(FILE *f) {
    int done = 0;
    while (f->writing && done < f->count) {
        ssize_t n = write(f->fd, f->buffer + done, f->count - done);
        if (n <= 0) {
            f->error = 1;
            f->count = 0;
            return EOF;
        }
        done += n;
    }
    f->count = 0;
    return 0;
}

int fflush(FILE *stream) {
    if (stream != NULL) {
        return stream->fd < 0 ? EOF : flush_one(stream);
    }
    int r = 0;
    for (int i = 0; i < FOPEN_MAX; i++) {
        if (streams[i].fd >= 0 && streams[i].writing && flush_one(&streams[i]) == EOF) {
            r = EOF;
        }
    }
    return r;
}

void __stdio_flush_all(void) {
    fflush(NULL);
}

/* Reads the mode string of fopen: r, w, a, with + for both ways; -1 if it is none of them. */
static int open_flags(const char *mode, int *readable, int *writable) {
    int flags;
    switch (mode[0]) {
        case 'r': flags = O_RDONLY; *readable = 1; *writable = 0; break;
        case 'w': flags = O_WRONLY | O_CREAT | O_TRUNC; *readable = 0; *writable = 1; break;
        case 'a': flags = O_WRONLY | O_CREAT | O_APPEND; *readable = 0; *writable = 1; break;
        default: return -1;
    }
    if (strchr(mode, '+') != NULL) {
        flags = (flags & ~O_ACCMODE) | O_RDWR;
        *readable = *writable = 1;
    }
    return flags;
}

FILE *fdopen(int fd, const char *mode) {
    int readable, writable;
    if (fd < 0 || open_flags(mode, &readable, &writable) < 0) {
        errno = EINVAL;
        return NULL;
    }
    for (int i = 3; i < FOPEN_MAX; i++) {
        if (streams[i].buffer == NULL && streams[i].fd <= 0 && streams[i].size == 0) {
            unsigned char *b = malloc(STREAM_BUFFER);
            if (b == NULL) {
                return NULL;
            }
            FILE *f = &streams[i];
            memset(f, 0, sizeof(*f));
            f->fd = fd;
            f->pushback = EOF;
            f->mode = isatty(fd) ? _IOLBF : _IOFBF;
            f->readable = readable;
            f->writable = writable;
            f->buffer = b;
            f->size = STREAM_BUFFER;
            return f;
        }
    }
    errno = EMFILE;
    return NULL;
}

FILE *fopen(const char *path, const char *mode) {
    int readable, writable;
    int flags = open_flags(mode, &readable, &writable);
    if (flags < 0) {
        errno = EINVAL;
        return NULL;
    }
    int fd = open(path, flags, 0666);
    if (fd < 0) {
        return NULL;
    }
    FILE *f = fdopen(fd, mode);
    if (f == NULL) {
        close(fd);
    }
    return f;
}

int fclose(FILE *stream) {
    int r = fflush(stream);
    if (close(stream->fd) < 0) {
        r = EOF;
    }
    if (stream >= &streams[3]) {
        free(stream->buffer);
        memset(stream, 0, sizeof(*stream));
    } else {
        stream->fd = -1;
    }
    return r;
}

int fileno(FILE *stream) {
    return stream->fd;
}

int setvbuf(FILE *stream, char *buffer, int mode, size_t size) {
    if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) {
        return -1;
    }
    fflush(stream);
    if (buffer != NULL && size > 0) {
        stream->buffer = (unsigned char *) buffer;
        stream->size = (int) size;
    }
    if (stream->buffer == NULL && mode != _IONBF) {
        mode = _IONBF;
    }
    stream->mode = mode;
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
