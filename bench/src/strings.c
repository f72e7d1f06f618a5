/* String processing: memcpy/strlen/strchr/memcmp on many sizes (glibc ifuncs). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv)
{
    long rounds = argc > 1 ? atol(argv[1]) : 120000;
    enum { N = 1 << 16 };
    char *a = malloc(N + 64), *b = malloc(N + 64);
    for (int i = 0; i < N + 64; i++) a[i] = 'a' + i % 26;
    unsigned long acc = 0;
    for (long r = 0; r < rounds; r++) {
        for (int len = 1; len < N; len = len * 3 / 2 + 1) {
            int off = (int)(r + len) & 31;
            memcpy(b + off, a + (len & 15), len);
            b[off + len] = 0;
            acc += strlen(b + off);
            char *p = strchr(b + off, 'z');
            acc += p ? p - b : 0;
            acc += memcmp(a, b + off, len < 64 ? len : 64) & 0xff;
        }
        for (int i = 0; i < 200; i++) { memset(b, 'q', 1000 + i); acc += strspn(b, "q"); }
    }
    printf("%lu\n", acc);
    return 0;
}
