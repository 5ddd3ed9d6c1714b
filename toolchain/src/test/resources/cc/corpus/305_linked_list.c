/* A singly linked list on the heap: push, append, reverse, remove, and free. */
#include <stdio.h>
#include <stdlib.h>

struct node {
    int value;
    struct node *next;
};

static struct node *push(struct node *head, int value) {
    struct node *n = malloc(sizeof *n);
    n->value = value;
    n->next = head;
    return n;
}

static void append(struct node **head, int value) {
    while (*head) {
        head = &(*head)->next;
    }
    *head = push(NULL, value);
}

static struct node *reverse(struct node *head) {
    struct node *prev = NULL;
    while (head) {
        struct node *next = head->next;
        head->next = prev;
        prev = head;
        head = next;
    }
    return prev;
}

static void remove_all(struct node **head, int value) {
    while (*head) {
        if ((*head)->value == value) {
            struct node *dead = *head;
            *head = dead->next;
            free(dead);
        } else {
            head = &(*head)->next;
        }
    }
}

static void print(const struct node *n) {
    printf("[");
    for (; n; n = n->next) {
        printf("%d%s", n->value, n->next ? " " : "");
    }
    printf("]\n");
}

int main(void) {
    struct node *list = NULL;
    for (int i = 1; i <= 5; i++) {
        list = push(list, i);
    }
    print(list);
    append(&list, 3);
    append(&list, 99);
    print(list);
    list = reverse(list);
    print(list);
    remove_all(&list, 3);
    print(list);
    while (list) {
        struct node *next = list->next;
        free(list);
        list = next;
    }
    print(list);
    return 0;
}
