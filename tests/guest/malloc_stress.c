/* malloc/free/realloc/calloc stress: many sizes (small bins through mmap'd
 * chunks), pattern-checked contents. Exercises brk and mmap. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <malloc.h>

#define SLOTS 4096

int main(void)
{
    static unsigned char *p[SLOTS];
    static size_t sz[SLOTS];
    uint64_t x = 88172645463325252ull;
    long errors = 0, allocs = 0, bytes = 0;
    for (int round = 0; round < 20000; round++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        int i = (int)(x % SLOTS);
        if (p[i]) {
            for (size_t k = 0; k < sz[i]; k += 61) errors += p[i][k] != (unsigned char)(i + k);
            if (x & 0x100) {
                size_t nsz = (x >> 20) % 3000 + 1;
                unsigned char *q = realloc(p[i], nsz);
                size_t keep = nsz < sz[i] ? nsz : sz[i];
                for (size_t k = 0; k < keep; k += 61) errors += q[k] != (unsigned char)(i + k);
                for (size_t k = 0; k < nsz; k++) q[k] = (unsigned char)(i + k);
                p[i] = q; sz[i] = nsz;
                continue;
            }
            free(p[i]);
            p[i] = NULL;
            continue;
        }
        size_t n;
        switch (x >> 60) {
        case 0: n = (x >> 8) % (1 << 20) + 200000; break; /* mmap threshold */
        case 1: case 2: n = (x >> 8) % 65536; break;
        default: n = (x >> 8) % 512 + 1;
        }
        p[i] = (x & 0x200) ? malloc(n) : calloc(1, n);
        if (!p[i]) { printf("allocation failed\n"); return 1; }
        if (!(x & 0x200)) for (size_t k = 0; k < n; k += 97) errors += p[i][k] != 0;
        for (size_t k = 0; k < n; k += n > 4096 ? 61 : 1) p[i][k] = (unsigned char)(i + k);
        sz[i] = n;
        allocs++;
        bytes += n;
    }
    for (int i = 0; i < SLOTS; i++) free(p[i]);
    void *big = malloc(4 << 20);
    memset(big, 1, 4 << 20);
    free(big);
    void *al = aligned_alloc(4096, 12345);
    printf("aligned %d\n", ((uintptr_t)al & 4095) == 0);
    free(al);
    printf("allocs %ld bytes %ld errors %ld\n", allocs, bytes, errors);
    return errors != 0;
}
