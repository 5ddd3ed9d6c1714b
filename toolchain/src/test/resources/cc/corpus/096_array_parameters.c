/* int a[], int a[10] and int *a as parameters all mean int *a: the size is not passed. */
#include <stdio.h>

static int first_a(int a[]) { return a[0]; }
static int first_b(int a[100]) { return a[0]; }
static int first_c(int *a) { return a[0]; }

static void fill(int a[], int n, int value) {
    for (int i = 0; i < n; i++) {
        a[i] = value + i;
    }
}

static int count_chars(const char s[]) {
    int n = 0;
    while (s[n]) {
        n++;
    }
    return n;
}

int main(void) {
    int arr[3];
    fill(arr, 3, 7);
    printf("%d %d %d\n", first_a(arr), first_b(arr + 1), first_c(arr + 2));
    printf("count_chars = %d\n", count_chars("twelve chars"));
    return 0;
}
