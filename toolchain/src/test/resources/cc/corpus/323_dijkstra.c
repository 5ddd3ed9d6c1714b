/* Dijkstra's shortest paths on a small weighted graph (adjacency matrix, O(V^2)). */
#include <stdio.h>

#define V 7
#define INF 1000000

static const int graph[V][V] = {
    {0, 7, 9, 0, 0, 14, 0},
    {7, 0, 10, 15, 0, 0, 0},
    {9, 10, 0, 11, 0, 2, 0},
    {0, 15, 11, 0, 6, 0, 0},
    {0, 0, 0, 6, 0, 9, 3},
    {14, 0, 2, 0, 9, 0, 0},
    {0, 0, 0, 0, 3, 0, 0},
};

int main(void) {
    int dist[V], prev[V], done[V];
    for (int i = 0; i < V; i++) {
        dist[i] = INF;
        prev[i] = -1;
        done[i] = 0;
    }
    dist[0] = 0;
    for (int round = 0; round < V; round++) {
        int u = -1;
        for (int i = 0; i < V; i++) {
            if (!done[i] && (u < 0 || dist[i] < dist[u])) u = i;
        }
        done[u] = 1;
        for (int v = 0; v < V; v++) {
            if (graph[u][v] && dist[u] + graph[u][v] < dist[v]) {
                dist[v] = dist[u] + graph[u][v];
                prev[v] = u;
            }
        }
    }
    for (int v = 0; v < V; v++) {
        int path[V], len = 0;
        for (int x = v; x >= 0; x = prev[x]) path[len++] = x;
        printf("to %d: distance %2d, path", v, dist[v]);
        while (len > 0) printf(" %d", path[--len]);
        printf("\n");
    }
    return 0;
}
