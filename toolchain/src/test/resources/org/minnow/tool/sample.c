#include <stdarg.h>
struct point { int x, y; };
static const char *names[] = {"zero", "one", "two"};
int counter;
static int table[16] = {1, 2, 3};
volatile unsigned int *const uart = (unsigned int *)0x10000000;
extern int ext(int);
static void put(char c) { *uart = c; }
void puts_(const char *s) { while (*s) put(*s++); }
int sum(int n, ...) { va_list ap; va_start(ap, n); int s = 0; for (int i = 0; i < n; i++) s += va_arg(ap, int); va_end(ap); return s; }
long long mul64(long long a, long long b) { return a * b; }
int sw(int k) { switch (k) { case 0: return 5; case 1: return 7; case 2: return 11; case 3: return 13; case 4: return 17; default: return -1; } }
int main(void) { struct point p = {3, 4}; counter += sum(3, 1, 2, 3) + p.x * p.y + table[2] + sw(counter) + ext(counter); puts_(names[counter % 3]); return (int)mul64(counter, 1000000007LL); }
