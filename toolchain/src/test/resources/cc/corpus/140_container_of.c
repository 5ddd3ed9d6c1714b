/* offsetof finds a member's place, so a pointer to a member leads back to its struct
   (the "container_of" idiom of kernels). */
#include <stddef.h>
#include <stdio.h>

struct list_link {
    struct list_link *next;
};

struct task {
    int id;
    char name[12];
    struct list_link link;
    int priority;
};

#define CONTAINER_OF(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

int main(void) {
    struct task tasks[3] = {{1, "init", {NULL}, 5}, {2, "shell", {NULL}, 3}, {3, "editor", {NULL}, 7}};
    tasks[0].link.next = &tasks[1].link;
    tasks[1].link.next = &tasks[2].link;
    for (struct list_link *l = &tasks[0].link; l != NULL; l = l->next) {
        struct task *t = CONTAINER_OF(l, struct task, link);
        printf("task %d %s priority %d\n", t->id, t->name, t->priority);
    }
    printf("offsetof(struct task, link) = %u, priority at %u\n", (unsigned)offsetof(struct task, link),
           (unsigned)offsetof(struct task, priority));
    return 0;
}
