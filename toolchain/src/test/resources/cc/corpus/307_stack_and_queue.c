/* A stack and a circular queue on fixed arrays, with overflow and underflow checks. */
#include <stdio.h>

#define CAPACITY 4

struct stack { int items[CAPACITY]; int top; };
struct queue { int items[CAPACITY]; int head, count; };

static int push(struct stack *s, int v) {
    if (s->top == CAPACITY) return 0;
    s->items[s->top++] = v;
    return 1;
}

static int pop(struct stack *s, int *v) {
    if (s->top == 0) return 0;
    *v = s->items[--s->top];
    return 1;
}

static int enqueue(struct queue *q, int v) {
    if (q->count == CAPACITY) return 0;
    q->items[(q->head + q->count++) % CAPACITY] = v;
    return 1;
}

static int dequeue(struct queue *q, int *v) {
    if (q->count == 0) return 0;
    *v = q->items[q->head];
    q->head = (q->head + 1) % CAPACITY;
    q->count--;
    return 1;
}

int main(void) {
    struct stack s = {{0}, 0};
    struct queue q = {{0}, 0, 0};
    for (int i = 1; i <= 5; i++) {
        printf("push %d: %s, enqueue %d: %s\n", i, push(&s, i) ? "ok" : "full", i, enqueue(&q, i) ? "ok" : "full");
    }
    int v;
    while (pop(&s, &v)) printf("pop %d\n", v);
    for (int round = 0; round < 3; round++) {
        dequeue(&q, &v);
        printf("dequeue %d\n", v);
        enqueue(&q, 10 + round);
    }
    while (dequeue(&q, &v)) printf("dequeue %d\n", v);
    printf("underflow: pop %d, dequeue %d\n", pop(&s, &v), dequeue(&q, &v));
    return 0;
}
