/* qsort and bsearch with comparison callbacks (indirect calls from libc),
 * on ints, strings and structs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_rev(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
struct rec { int key; double val; char name[8]; };
static int cmp_rec(const void *a, const void *b)
{
    const struct rec *x = a, *y = b;
    if (x->val != y->val) return x->val < y->val ? -1 : 1;
    return x->key - y->key;
}
static long calls;
static int cmp_count(const void *a, const void *b) { calls++; return cmp_int(a, b); }

int main(void)
{
    enum { N = 200000 };
    static int v[N];
    unsigned x = 12345;
    for (int i = 0; i < N; i++) { x = x * 1103515245 + 12345; v[i] = (int)(x >> 8) % 1000000 - 500000; }
    qsort(v, N, sizeof *v, cmp_count);
    long h = 0;
    int sorted = 1;
    for (int i = 0; i < N; i++) { h = h * 31 + v[i]; if (i && v[i - 1] > v[i]) sorted = 0; }
    printf("sorted %d hash %ld min %d max %d calls>0 %d\n", sorted, h, v[0], v[N - 1], calls > 0);
    int key = v[777];
    int *found = bsearch(&key, v, N, sizeof *v, cmp_int);
    printf("bsearch found %d\n", found ? *found : -1);
    qsort(v, 1000, sizeof *v, cmp_rev);
    printf("rev: %d %d %d\n", v[0], v[1], v[999]);

    const char *words[] = {"pear", "apple", "fig", "banana", "cherry", "date", "elderberry", "grape", "kiwi", "lemon"};
    char *w[10];
    for (int i = 0; i < 10; i++) w[i] = (char *)words[i];
    qsort(w, 10, sizeof *w, cmp_str);
    for (int i = 0; i < 10; i++) printf("%s%c", w[i], i == 9 ? '\n' : ' ');

    struct rec r[500];
    for (int i = 0; i < 500; i++) { r[i].key = i; r[i].val = (i * 37 % 101) / 7.0; snprintf(r[i].name, 8, "r%d", i); }
    qsort(r, 500, sizeof *r, cmp_rec);
    for (int i = 0; i < 500; i += 50) printf("%s:%.3f ", r[i].name, r[i].val);
    printf("\n");
    return 0;
}
