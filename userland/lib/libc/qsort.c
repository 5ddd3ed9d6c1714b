/*
 * qsort.c: sorting and binary search over arrays of any element size.
 *
 * qsort is a quicksort: the median of the first, middle and last elements is the pivot, ranges
 * of fewer than 8 elements are finished by insertion sort, and it recurses only into the smaller
 * part (looping on the larger), so the stack stays O(log n) deep. It is not stable: equal
 * elements may end up in any order.
 */
#include <stdlib.h>

typedef int (*Compare)(const void *, const void *);

#define SMALL 8

static void swap(char *a, char *b, size_t size) {
    if (a == b) {
        return;
    }
    for (; size > 0; size--) {
        char t = *a;
        *a++ = *b;
        *b++ = t;
    }
}

static void insertion_sort(char *base, size_t count, size_t size, Compare compare) {
    for (size_t i = 1; i < count; i++) {
        for (char *p = base + i * size; p > base && compare(p - size, p) > 0; p -= size) {
            swap(p - size, p, size);
        }
    }
}

/* Puts the median of first, middle and last at the first position, for use as the pivot. */
static void median_to_front(char *base, size_t count, size_t size, Compare compare) {
    char *a = base;
    char *m = base + (count / 2) * size;
    char *z = base + (count - 1) * size;
    if (compare(m, a) < 0) {
        swap(m, a, size);
    }
    if (compare(z, m) < 0) {
        swap(z, m, size);
        if (compare(m, a) < 0) {
            swap(m, a, size);
        }
    }
    swap(a, m, size); /* a <= m <= z: the median goes to the front */
}

void qsort(void *array, size_t count, size_t size, Compare compare) {
    char *base = array;
    while (count >= SMALL) {
        median_to_front(base, count, size, compare);
        /* Hoare partition around the pivot at base[0] */
        size_t i = 0;
        size_t j = count;
        for (;;) {
            do {
                i++;
            } while (i < count && compare(base + i * size, base) < 0);
            do {
                j--;
            } while (compare(base + j * size, base) > 0);
            if (i >= j) {
                break;
            }
            swap(base + i * size, base + j * size, size);
        }
        swap(base, base + j * size, size); /* the pivot to its final place, j */
        size_t left = j;
        size_t right = count - j - 1;
        if (left < right) {
            qsort(base, left, size, compare);
            base += (j + 1) * size;
            count = right;
        } else {
            qsort(base + (j + 1) * size, right, size, compare);
            count = left;
        }
    }
    insertion_sort(base, count, size, compare);
}

/* Finds key in an array sorted by compare; NULL when it is not there. */
void *bsearch(const void *key, const void *array, size_t count, size_t size, Compare compare) {
    const char *base = array;
    while (count > 0) {
        const char *middle = base + (count / 2) * size;
        int c = compare(key, middle);
        if (c == 0) {
            return (void *)middle;
        }
        if (c > 0) {
            base = middle + size;
            count = count - count / 2 - 1;
        } else {
            count = count / 2;
        }
    }
    return NULL;
}
