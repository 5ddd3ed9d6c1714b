/* typedef struct node Node before the struct is complete, so the struct can use the short name. */
#include <stdio.h>

typedef struct node Node;

struct node {
    int value;
    Node *left, *right;
};

static int depth(const Node *n) {
    if (n == NULL) {
        return 0;
    }
    int l = depth(n->left), r = depth(n->right);
    return 1 + (l > r ? l : r);
}

static int sum(const Node *n) {
    return n == NULL ? 0 : n->value + sum(n->left) + sum(n->right);
}

int main(void) {
    Node leaves[3] = {{1, NULL, NULL}, {2, NULL, NULL}, {3, NULL, NULL}};
    Node mid = {4, &leaves[0], &leaves[1]};
    Node root = {5, &mid, &leaves[2]};
    printf("depth %d, sum %d\n", depth(&root), sum(&root));
    return 0;
}
