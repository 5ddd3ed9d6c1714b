/* A binary search tree: insert, search, in-order walk, height, delete (with two children), free. */
#include <stdio.h>
#include <stdlib.h>

struct tree {
    int key;
    struct tree *left, *right;
};

static struct tree *insert(struct tree *t, int key) {
    if (t == NULL) {
        t = malloc(sizeof *t);
        t->key = key;
        t->left = t->right = NULL;
    } else if (key < t->key) {
        t->left = insert(t->left, key);
    } else if (key > t->key) {
        t->right = insert(t->right, key);
    }
    return t;
}

static int contains(const struct tree *t, int key) {
    while (t && t->key != key) {
        t = key < t->key ? t->left : t->right;
    }
    return t != NULL;
}

static struct tree *delete(struct tree *t, int key) {
    if (t == NULL) return NULL;
    if (key < t->key) {
        t->left = delete(t->left, key);
    } else if (key > t->key) {
        t->right = delete(t->right, key);
    } else if (t->left && t->right) {
        struct tree *m = t->right;
        while (m->left) m = m->left;
        t->key = m->key;
        t->right = delete(t->right, m->key);
    } else {
        struct tree *child = t->left ? t->left : t->right;
        free(t);
        return child;
    }
    return t;
}

static void walk(const struct tree *t) {
    if (t) {
        walk(t->left);
        printf("%d ", t->key);
        walk(t->right);
    }
}

static int height(const struct tree *t) {
    if (!t) return 0;
    int l = height(t->left), r = height(t->right);
    return 1 + (l > r ? l : r);
}

static void destroy(struct tree *t) {
    if (t) {
        destroy(t->left);
        destroy(t->right);
        free(t);
    }
}

int main(void) {
    int keys[] = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30};
    struct tree *t = NULL;
    for (int i = 0; i < 11; i++) t = insert(t, keys[i]);
    walk(t);
    printf("\nheight %d, contains 45: %d, contains 55: %d\n", height(t), contains(t, 45), contains(t, 55));
    t = delete(t, 30);
    t = delete(t, 50);
    t = delete(t, 99);
    walk(t);
    printf("\nroot now %d, height %d\n", t->key, height(t));
    destroy(t);
    return 0;
}
