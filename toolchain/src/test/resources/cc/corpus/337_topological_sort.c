/* Topological order of tasks with dependencies (Kahn's algorithm), and cycle detection. */
#include <stdio.h>

#define N 8

static const char *names[N] = {"underwear", "pants", "belt", "shirt", "tie", "jacket", "socks", "shoes"};

static void order(int deps[][2], int ndeps) {
    int indegree[N] = {0}, queue[N], head = 0, tail = 0, done = 0;
    for (int i = 0; i < ndeps; i++) indegree[deps[i][1]]++;
    for (int i = 0; i < N; i++) if (indegree[i] == 0) queue[tail++] = i;
    while (head < tail) {
        int u = queue[head++];
        printf("%s ", names[u]);
        done++;
        for (int i = 0; i < ndeps; i++) {
            if (deps[i][0] == u && --indegree[deps[i][1]] == 0) queue[tail++] = deps[i][1];
        }
    }
    printf(done == N ? "\n" : "(cycle: %d left)\n", N - done);
}

int main(void) {
    int deps[][2] = {{0, 1}, {0, 7}, {1, 2}, {1, 7}, {3, 2}, {3, 4}, {4, 5}, {2, 5}, {6, 7}};
    order(deps, 9);
    int cyclic[][2] = {{0, 1}, {1, 2}, {2, 0}, {3, 4}};
    order(cyclic, 4);
    return 0;
}
