/* An array used as a value becomes a pointer to its first element; &array is a pointer to the
   whole array: the same address, a different type. */
#include <stdio.h>

int main(void) {
    int arr[4] = {1, 2, 3, 4};
    int *first = arr;
    int (*whole)[4] = &arr;
    printf("arr == &arr[0]: %d\n", arr == &arr[0]);
    printf("(void *)&arr == (void *)arr: %d\n", (void *)&arr == (void *)arr);
    printf("arr + 1 is %d bytes on, &arr + 1 is %d bytes on\n",
           (int)((char *)(arr + 1) - (char *)arr), (int)((char *)(&arr + 1) - (char *)arr));
    printf("sizeof arr = %u, sizeof first = %u, sizeof *whole = %u\n",
           (unsigned)sizeof arr, (unsigned)sizeof first, (unsigned)sizeof *whole);
    printf("(*whole)[2] = %d\n", (*whole)[2]);
    printf("*arr = %d, *(arr + 3) = %d\n", *arr, *(arr + 3));
    return 0;
}
