/* A circular doubly linked list with a sentinel: insert and remove in O(1), walk both ways. */
#include <stdio.h>
#include <stdlib.h>

struct link {
    struct link *prev, *next;
    int value;
};

static void list_init(struct link *head) {
    head->prev = head->next = head;
}

static void insert_after(struct link *pos, struct link *n) {
    n->prev = pos;
    n->next = pos->next;
    pos->next->prev = n;
    pos->next = n;
}

static void unlink_node(struct link *n) {
    n->prev->next = n->next;
    n->next->prev = n->prev;
}

int main(void) {
    struct link head;
    list_init(&head);
    for (int i = 1; i <= 6; i++) {
        struct link *n = malloc(sizeof *n);
        n->value = i * 10;
        insert_after(head.prev, n);   /* at the tail */
    }
    printf("forward:");
    for (struct link *l = head.next; l != &head; l = l->next) printf(" %d", l->value);
    printf("\nbackward:");
    for (struct link *l = head.prev; l != &head; l = l->prev) printf(" %d", l->value);
    printf("\n");
    struct link *l = head.next;
    while (l != &head) {
        struct link *next = l->next;
        if (l->value % 20 == 0) {
            unlink_node(l);
            free(l);
        }
        l = next;
    }
    printf("without multiples of 20:");
    for (l = head.next; l != &head; l = l->next) printf(" %d", l->value);
    printf("\n");
    while (head.next != &head) {
        l = head.next;
        unlink_node(l);
        free(l);
    }
    printf("empty: %d\n", head.next == &head && head.prev == &head);
    return 0;
}
