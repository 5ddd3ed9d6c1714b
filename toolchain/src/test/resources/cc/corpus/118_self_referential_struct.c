/* A struct may point to its own type: the links of a list built from an array. */
#include <stdio.h>

struct node {
    int value;
    struct node *next;
};

int main(void) {
    struct node nodes[5];
    for (int i = 0; i < 5; i++) {
        nodes[i].value = (i + 1) * 11;
        nodes[i].next = i < 4 ? &nodes[i + 1] : NULL;
    }
    for (struct node *n = &nodes[0]; n != NULL; n = n->next) {
        printf("%d ", n->value);
    }
    printf("\n");
    nodes[1].next = nodes[1].next->next;   /* unlink the third node */
    int count = 0;
    for (struct node *n = nodes; n; n = n->next) {
        count++;
    }
    printf("after unlinking: %d nodes, second->next->value = %d\n", count, nodes[1].next->value);
    return 0;
}
