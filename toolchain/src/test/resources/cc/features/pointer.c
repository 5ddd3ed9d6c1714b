/* Pointers and arrays: arithmetic, differences, multi-dimensional arrays, nested declarators. */
#include "check.h"

int arr[10];
int grid[3][4];
char *names[] = {"zero", "one", "two"};

static int sum(int *p, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) s += p[i];
    return s;
}

static int twice(int x) { return 2 * x; }
static int thrice(int x) { return 3 * x; }
static int (*pick(int which))(int) { return which ? thrice : twice; }
static int apply(int (*f)(int), int v) { return f(v); }

int main(void) {
    int a[5] = {1, 2, 3, 4, 5};
    int *p = a;
    ASSERT(3, *(p + 2));
    ASSERT(3, p[2]);
    ASSERT(3, 2[p]);
    ASSERT(5, *(a + 4));
    ASSERT(4, &a[4] - &a[0]);
    ASSERT(-4, &a[0] - &a[4]);
    ASSERT(20, sizeof a);
    ASSERT(4, sizeof p);
    ASSERT(5, sizeof a / sizeof a[0]);
    ASSERT(15, sum(a, 5));
    p++;
    ASSERT(2, *p);
    p += 2;
    ASSERT(4, *p);
    ASSERT(3, p[-1]);
    ASSERT(1, p > a);
    ASSERT(1, p != a);
    ASSERT(1, a + 3 == p);
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 4; j++)
            grid[i][j] = i * 10 + j;
    ASSERT(23, grid[2][3]);
    ASSERT(12, *(*(grid + 1) + 2));
    ASSERT(48, sizeof grid);
    ASSERT(16, sizeof grid[0]);
    int (*row)[4] = grid;
    ASSERT(21, row[2][1]);
    row++;
    ASSERT(10, (*row)[0]);
    ASSERT(16, sizeof *row);
    ASSERT(4, sizeof(int (*)[4]));
    int *ptrs[3] = {&a[0], &a[1], &a[2]};
    ASSERT(3, *ptrs[2]);
    ASSERT(12, sizeof ptrs);
    ASSERT('t', names[2][0]);
    ASSERT('n', *names[1] + 1 - 1 == 'o' ? 'n' : 0);
    ASSERT(12, sizeof names);
    char **pp = names;
    ASSERT('e', pp[1][2]);
    ASSERT(10, apply(twice, 5));
    ASSERT(15, apply(thrice, 5));
    ASSERT(14, pick(0)(7));
    ASSERT(21, pick(1)(7));
    int (*fp)(int) = twice;
    ASSERT(8, fp(4));
    ASSERT(8, (*fp)(4));
    ASSERT(8, (**fp)(4));
    int (*table[2])(int) = {twice, thrice};
    ASSERT(9, table[1](3));
    void *v = a;
    ASSERT(2, *((int *)v + 1));
    char *c = (char *)a;
    ASSERT(1, c[0]);
    ASSERT(2, c[4]);
    ASSERT(4, (char *)&a[1] - (char *)&a[0]);
    int x = 3;
    int *px = &x;
    int **ppx = &px;
    **ppx = 9;
    ASSERT(9, x);
    ASSERT(1, px == *ppx);
    int *null = 0;
    ASSERT(1, null == 0);
    ASSERT(1, !null);
    ASSERT(0, null != (void *)0);
    arr[9] = 99;
    ASSERT(99, *(arr + 9));
    ASSERT(40, sizeof(arr));
    DONE();
}
