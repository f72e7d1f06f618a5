/*
 * threads: the same CPU-bound work done by 1 or by N threads (argv[1]),
 * split evenly: each thread hashes its share of the numbers with a
 * register-heavy mixing loop and a few memory accesses, then the results
 * are combined. bench/run times it with 1 and with 2 threads to show the
 * 2-thread speed-up natively and under Shunt: threads that only run
 * translated code must not wait on each other (no global lock on the fast
 * path, DESIGN.md decision 16).
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define TOTAL_WORK 400000000ULL
#define MAX_THREADS 16

typedef struct Share {
    uint64_t first, count, result;
    uint32_t table[256];
} Share;

static void *work(void *arg)
{
    Share *share = arg;
    for (int i = 0; i < 256; i++)
        share->table[i] = (uint32_t)(i * 2654435761u);
    uint64_t h = 0x9E3779B97F4A7C15ULL;
    for (uint64_t n = share->first; n < share->first + share->count; n++) {
        uint64_t x = n * 0xBF58476D1CE4E5B9ULL;
        x ^= x >> 31;
        x += share->table[x & 255];
        h = (h ^ x) * 0x94D049BB133111EBULL;
        h ^= h >> 29;
    }
    share->result = h;
    return NULL;
}

int main(int argc, char **argv)
{
    int threads = argc > 1 ? atoi(argv[1]) : 1;
    if (threads < 1 || threads > MAX_THREADS)
        return 2;
    static Share shares[MAX_THREADS];
    pthread_t ids[MAX_THREADS];
    /* The split never depends on the thread count's result: each thread
     * hashes whole blocks of 1/16th, so the combined value is the same. */
    uint64_t block = TOTAL_WORK / MAX_THREADS;
    uint64_t combined = 0;
    for (int round = 0; round < MAX_THREADS / threads; round++) {
        for (int t = 0; t < threads; t++) {
            shares[t].first = (uint64_t)(round * threads + t) * block;
            shares[t].count = block;
            pthread_create(&ids[t], NULL, work, &shares[t]);
        }
        for (int t = 0; t < threads; t++) {
            pthread_join(ids[t], NULL);
            combined += shares[t].result;
        }
    }
    printf("%016llx\n", (unsigned long long)combined);
    return 0;
}
