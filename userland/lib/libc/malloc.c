/*
 * malloc.c: the heap allocator (malloc, calloc, realloc, free).
 *
 * The heap is one run of memory got from sbrk(), cut into blocks that lie end to end. Every
 * block starts with a header word and ends with a footer word; both hold the block's size in
 * bytes (a multiple of 8, header and footer included) with bit 0 set while the block is in use.
 * The payload between them starts on an 8-byte boundary:
 *
 *     in use:  | size|1 | payload ..................................... | size|1 |
 *     free:    | size   | next free | previous free | (unused) ......... | size   |
 *
 * Because each block's size is at both ends, free() finds both neighbours at once and merges
 * with those that are free, so two free blocks are never adjacent. The heap starts with a lone
 * in-use footer (the prologue) and ends with an in-use header of size 0 (the epilogue), so
 * merging never looks outside it.
 *
 * Free blocks are kept in doubly linked lists by size class: list k holds the sizes in
 * [2^(k+4), 2^(k+5)). malloc takes the first block that is big enough from the smallest class
 * that can hold the request, and splits off the rest when the rest can be a block of its own.
 * When nothing fits, the heap grows by at least GROWTH bytes.
 *
 * Misuse that can be seen (freeing a pointer that malloc did not return, or freeing a block
 * twice) prints a message and aborts the program.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "libc.h"

#define USED 1u
#define MIN_BLOCK 16                 /* header, two list pointers, footer */
#define OVERHEAD 8                   /* header and footer */
#define GROWTH (64 * 1024)
#define LISTS 24
#define LARGEST_REQUEST 0x7ffff000u

/* A free block as it lies in memory; an in-use block has only the header at this place. */
typedef struct FreeBlock {
    unsigned int header;
    struct FreeBlock *next;
    struct FreeBlock *prev;
} FreeBlock;

static FreeBlock *lists[LISTS];
static char *heap_first;  /* the first block's header; null until the heap is set up */
static char *heap_end;    /* the epilogue header */

static unsigned int word_at(const char *p) { return *(const unsigned int *)p; }
static void set_word(char *p, unsigned int v) { *(unsigned int *)p = v; }
static size_t size_of(const char *block) { return word_at(block) & ~7u; }
static int in_use(const char *block) { return word_at(block) & USED; }

/* Writes a block's header and footer. */
static void mark(char *block, size_t size, unsigned int used) {
    set_word(block, (unsigned int)size | used);
    set_word(block + size - 4, (unsigned int)size | used);
}

static int list_of(size_t size) {
    int k = 0;
    for (size >>= 5; size != 0 && k < LISTS - 1; size >>= 1) {
        k++;
    }
    return k;
}

static void insert(char *block) {
    FreeBlock *b = (FreeBlock *)block;
    int k = list_of(size_of(block));
    b->prev = NULL;
    b->next = lists[k];
    if (lists[k] != NULL) {
        lists[k]->prev = b;
    }
    lists[k] = b;
}

static void unlink_free(char *block) {
    FreeBlock *b = (FreeBlock *)block;
    if (b->prev != NULL) {
        b->prev->next = b->next;
    } else {
        lists[list_of(size_of(block))] = b->next;
    }
    if (b->next != NULL) {
        b->next->prev = b->prev;
    }
}

/* Marks a block free, merges it with free neighbours, and lists the result. */
static void release(char *block, size_t size) {
    char *next = block + size;
    if (!in_use(next)) {
        unlink_free(next);
        size += size_of(next);
    }
    unsigned int before = word_at(block - 4); /* the footer of the block before */
    if ((before & USED) == 0) {
        block -= before & ~7u;
        unlink_free(block);
        size += size_of(block);
    }
    mark(block, size, 0);
    insert(block);
}

/* Sets up the prologue and the epilogue at the 8-byte aligned start of the heap. */
static int start_heap(void) {
    char *brk = sbrk(0);
    size_t pad = (8 - ((uintptr_t)brk & 7)) & 7;
    if (sbrk((intptr_t)(pad + 8)) == (void *)-1) {
        return 0;
    }
    char *p = brk + pad;
    set_word(p, USED);       /* prologue footer */
    set_word(p + 4, USED);   /* epilogue header */
    heap_first = p + 4;
    heap_end = p + 4;
    return 1;
}

/* Grows the heap by size bytes (a multiple of 8) as one free block; 0 when sbrk refuses. */
static int grow(size_t size) {
    char *old = sbrk((intptr_t)size);
    if (old == (void *)-1 || old != heap_end + 4) {
        return 0;
    }
    char *block = heap_end;
    set_word(block + size, USED); /* the new epilogue */
    heap_end = block + size;
    mark(block, size, USED);
    release(block, size);
    return 1;
}

/* The first listed block of at least size bytes, or null. */
static char *find(size_t size) {
    for (int k = list_of(size); k < LISTS; k++) {
        for (FreeBlock *b = lists[k]; b != NULL; b = b->next) {
            if (size_of((char *)b) >= size) {
                return (char *)b;
            }
        }
    }
    return NULL;
}

/* Takes size bytes of a block for use, handing back a tail big enough to be a block. */
static void take(char *block, size_t size, size_t available) {
    if (available - size >= MIN_BLOCK) {
        mark(block, size, USED);
        mark(block + size, available - size, 0);
        insert(block + size);
    } else {
        mark(block, available, USED);
    }
}

/* The block size that holds n bytes of payload; 0 if n is too large to ever fit. */
static size_t block_size(size_t n) {
    if (n > LARGEST_REQUEST) {
        return 0;
    }
    size_t size = (n + OVERHEAD + 7) & ~(size_t)7;
    return size < MIN_BLOCK ? MIN_BLOCK : size;
}

/* The block of a pointer given to free or realloc; aborts when it cannot be one of ours. */
static char *block_of(void *p, const char *function) {
    char *block = (char *)p - 4;
    /* the footer is read only once the size is known to stay inside the heap */
    if (heap_first == NULL || block < heap_first || block >= heap_end || ((uintptr_t)p & 7) != 0
            || !in_use(block) || size_of(block) < MIN_BLOCK || size_of(block) > (size_t)(heap_end - block)
            || word_at(block) != word_at(block + size_of(block) - 4)) {
        fprintf(stderr, "%s: %p is not a block from malloc, or was freed already\n", function, p);
        abort();
    }
    return block;
}

void *malloc(size_t n) {
    size_t size = block_size(n);
    if (size == 0 || (heap_first == NULL && !start_heap())) {
        errno = ENOMEM;
        return NULL;
    }
    char *block = find(size);
    if (block == NULL) {
        if (!grow(size > GROWTH ? size : GROWTH) && !grow(size)) {
            errno = ENOMEM;
            return NULL;
        }
        block = find(size);
    }
    unlink_free(block);
    take(block, size, size_of(block));
    return block + 4;
}

void free(void *p) {
    if (p == NULL) {
        return;
    }
    char *block = block_of(p, "free");
    release(block, size_of(block));
}

void *calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) {
        errno = ENOMEM;
        return NULL;
    }
    void *p = malloc(count * size);
    if (p != NULL) {
        memset(p, 0, count * size);
    }
    return p;
}

/*
 * Resizes a block: in place when it shrinks or the next block is free and big enough, else by
 * moving it. realloc(NULL, n) is malloc(n); realloc(p, 0) frees p and returns NULL.
 */
void *realloc(void *p, size_t n) {
    if (p == NULL) {
        return malloc(n);
    }
    if (n == 0) {
        free(p);
        return NULL;
    }
    char *block = block_of(p, "realloc");
    size_t size = block_size(n);
    size_t have = size_of(block);
    if (size == 0) {
        errno = ENOMEM;
        return NULL;
    }
    if (size <= have) {
        if (have - size >= MIN_BLOCK) {
            mark(block, size, USED);
            mark(block + size, have - size, USED);
            release(block + size, have - size);
        }
        return p;
    }
    char *next = block + have;
    if (!in_use(next) && have + size_of(next) >= size) {
        unlink_free(next);
        take(block, size, have + size_of(next));
        return p;
    }
    void *moved = malloc(n);
    if (moved != NULL) {
        memcpy(moved, p, have - OVERHEAD);
        free(p);
    }
    return moved;
}
