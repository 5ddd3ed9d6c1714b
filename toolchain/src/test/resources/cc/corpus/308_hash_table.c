/* A hash table of strings to counts with separate chaining (djb2 hash, 31 buckets). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BUCKETS 31

struct entry {
    char *key;
    int count;
    struct entry *next;
};

static struct entry *table[BUCKETS];

static unsigned hash(const char *s) {
    unsigned h = 5381;
    while (*s) {
        h = h * 33 + (unsigned char)*s++;
    }
    return h % BUCKETS;
}

static void add(const char *key) {
    unsigned b = hash(key);
    for (struct entry *e = table[b]; e; e = e->next) {
        if (strcmp(e->key, key) == 0) {
            e->count++;
            return;
        }
    }
    struct entry *e = malloc(sizeof *e);
    e->key = strdup(key);
    e->count = 1;
    e->next = table[b];
    table[b] = e;
}

static int lookup(const char *key) {
    for (struct entry *e = table[hash(key)]; e; e = e->next) {
        if (strcmp(e->key, key) == 0) {
            return e->count;
        }
    }
    return 0;
}

int main(void) {
    char text[] = "the cat sat on the mat the dog sat on the log and the cat ran";
    for (char *w = strtok(text, " "); w; w = strtok(NULL, " ")) {
        add(w);
    }
    const char *queries[] = {"the", "cat", "sat", "on", "dog", "bird", "ran"};
    for (int i = 0; i < 7; i++) {
        printf("%-5s %d\n", queries[i], lookup(queries[i]));
    }
    int used = 0, longest = 0, entries = 0;
    for (int b = 0; b < BUCKETS; b++) {
        int len = 0;
        for (struct entry *e = table[b]; e; e = e->next) len++;
        used += len > 0;
        entries += len;
        if (len > longest) longest = len;
    }
    printf("%d distinct words in %d buckets, longest chain %d\n", entries, used, longest);
    return 0;
}
