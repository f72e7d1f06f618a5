/* Indirect calls: qsort with a comparison callback, repeated. */
#include <stdio.h>
#include <stdlib.h>
static int cmp(const void *a, const void *b) { unsigned x = *(const unsigned *)a, y = *(const unsigned *)b; return (x > y) - (x < y); }
int main(int argc, char **argv)
{
    int rounds = argc > 1 ? atoi(argv[1]) : 12;
    enum { N = 1000000 };
    unsigned *v = malloc(N * sizeof *v), x = 1, h = 0;
    for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < N; i++) { x = x * 1664525 + 1013904223; v[i] = x; }
        qsort(v, N, sizeof *v, cmp);
        h = h * 31 + v[N / 2];
    }
    printf("%u\n", h);
    return 0;
}
