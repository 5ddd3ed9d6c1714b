/* Union-find with path compression and union by size: connected components of a graph. */
#include <stdio.h>

#define N 12

static int parent[N], size[N];

static int find(int x) {
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

static void unite(int a, int b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    if (size[a] < size[b]) {
        int t = a; a = b; b = t;
    }
    parent[b] = a;
    size[a] += size[b];
}

int main(void) {
    for (int i = 0; i < N; i++) {
        parent[i] = i;
        size[i] = 1;
    }
    int edges[][2] = {{0, 1}, {1, 2}, {3, 4}, {5, 6}, {6, 7}, {7, 5}, {8, 9}, {2, 0}, {4, 8}};
    for (int i = 0; i < 9; i++) unite(edges[i][0], edges[i][1]);
    int components = 0;
    for (int i = 0; i < N; i++) {
        if (find(i) == i) {
            components++;
            printf("component of size %d:", size[i]);
            for (int j = 0; j < N; j++) {
                if (find(j) == i) printf(" %d", j);
            }
            printf("\n");
        }
    }
    printf("%d components; 3 and 9 connected: %d; 0 and 5 connected: %d\n", components, find(3) == find(9),
           find(0) == find(5));
    return 0;
}
