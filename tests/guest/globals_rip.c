/* rip-relative (PIE) or absolute (non-PIE) access to globals: static arrays,
 * lea of string literals, stores to globals, const tables, addresses of
 * globals compared with each other. */
#include <stdio.h>
#include <string.h>

static int counter;
static long arr[1000];
static const unsigned short tbl[16] = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3};
char big_buf[1 << 20];
static const char *msgs[] = {"zero", "one", "two", "three"};
static char small[7] = "abcdef";
struct { int a; char b[3]; long c; } rec = {1, "xy", 3};

__attribute__((noinline)) static void bump(int k) { counter += k; arr[k % 1000] += k; }

int main(void)
{
    for (int i = 0; i < 100000; i++) bump(i);
    long s = 0;
    for (int i = 0; i < 1000; i++) s += arr[i] * tbl[i & 15];
    printf("counter %d, weighted sum %ld\n", counter, s);
    for (int i = 0; i < 4; i++) printf("%s%s", msgs[i], i < 3 ? "," : "\n");
    memset(big_buf, 'q', sizeof big_buf);
    big_buf[sizeof big_buf - 1] = 0;
    printf("big_buf len %zu\n", strlen(big_buf));
    small[2] = 'Z';
    printf("small %s, rec %d %s %ld\n", small, rec.a, rec.b, rec.c);
    rec.c *= 1000;
    printf("rec.c %ld, &arr[999]-&arr[0] = %td\n", rec.c, &arr[999] - &arr[0]);
    printf("literal lea: %s\n", "hello from .rodata");
    printf("same literal twice has same address: %s\n", msgs[1] == msgs[1] ? "yes" : "no");
    return 0;
}
