/* A binary min-heap as a priority queue of tasks. */
#include <stdio.h>

struct task {
    int priority;
    const char *name;
};

static struct task heap[32];
static int count;

static void swap(int a, int b) {
    struct task t = heap[a];
    heap[a] = heap[b];
    heap[b] = t;
}

static void push(int priority, const char *name) {
    int i = count++;
    heap[i].priority = priority;
    heap[i].name = name;
    while (i > 0 && heap[(i - 1) / 2].priority > heap[i].priority) {
        swap(i, (i - 1) / 2);
        i = (i - 1) / 2;
    }
}

static struct task pop(void) {
    struct task top = heap[0];
    heap[0] = heap[--count];
    int i = 0;
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < count && heap[l].priority < heap[m].priority) m = l;
        if (r < count && heap[r].priority < heap[m].priority) m = r;
        if (m == i) break;
        swap(i, m);
        i = m;
    }
    return top;
}

int main(void) {
    push(5, "write report");
    push(1, "fix outage");
    push(3, "review code");
    push(4, "lunch");
    push(2, "answer mail");
    push(9, "clean desk");
    while (count > 0) {
        struct task t = pop();
        printf("%d %s\n", t.priority, t.name);
    }
    return 0;
}
