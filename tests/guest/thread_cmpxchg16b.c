// cflags: -mcx16
/* 128-bit atomics across threads: 4 threads each add 1 to both halves of a
 * 16-byte pair {a, b} 100000 times with a cmpxchg16b retry loop (half through
 * __sync_bool_compare_and_swap on unsigned __int128, half through inline
 * `lock cmpxchg16b`), and read the pair atomically (cmpxchg16b that may
 * fail) now and then: a == b always, and the totals are exact. Also on
 * shared memory: `lock xadd` (total exact) and `xchg` token swapping (each
 * thread swaps its token with a shared slot 100000 times: the tokens
 * afterwards are still exactly the 5 tokens there were). */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Thread creation failing (e.g. ENOSYS from clone) ends the test at once
 * rather than leaving it waiting for a thread that never runs. */
static void create(pthread_t *t, void *(*fn)(void *), void *arg)
{
    int e = pthread_create(t, NULL, fn, arg);
    if (e) {
        printf("pthread_create: %s\n", strerror(e));
        exit(1);
    }
}

#define THREADS 4
#define ITERS 100000

typedef unsigned __int128 u128;
static __attribute__((aligned(16))) u128 pair;
static long xadd_total, torn;
static long slot = 1000;
static long tokens[THREADS];
static pthread_barrier_t start;

static u128 make(uint64_t a, uint64_t b)
{
    return ((u128)b << 64) | a;
}

static int asm_cas(u128 *p, u128 old, u128 new)
{
    uint64_t lo = (uint64_t)old, hi = (uint64_t)(old >> 64);
    unsigned char ok;
    asm volatile("lock cmpxchg16b %1\n\tsetz %0"
                 : "=q"(ok), "+m"(*p), "+a"(lo), "+d"(hi)
                 : "b"((uint64_t) new), "c"((uint64_t)(new >> 64))
                 : "cc", "memory");
    return ok;
}

static u128 atomic_read(void)
{
    return __sync_val_compare_and_swap(&pair, (u128)0x5a5a, (u128)0x5a5a); /* never equal: a read */
}

static void *worker(void *arg)
{
    long id = (long)arg;
    pthread_barrier_wait(&start);
    for (long i = 0; i < ITERS; i++) {
        u128 old, cur;
        do {
            old = pair; /* may be torn: the CAS then fails */
            uint64_t a = (uint64_t)old, b = (uint64_t)(old >> 64);
            cur = make(a + 1, b + 1);
        } while (i & 1 ? !asm_cas(&pair, old, cur)
                       : !__sync_bool_compare_and_swap(&pair, old, cur));
        if (i % 64 == 0) {
            u128 r = atomic_read();
            if ((uint64_t)r != (uint64_t)(r >> 64))
                __atomic_add_fetch(&torn, 1, __ATOMIC_RELAXED);
        }
        long one = 1;
        asm volatile("lock xaddq %0, %1" : "+r"(one), "+m"(xadd_total) : : "cc", "memory");
        long t = tokens[id];
        asm volatile("xchgq %0, %1" : "+r"(t), "+m"(slot) : : "memory");
        tokens[id] = t;
    }
    return NULL;
}

static int cmp(const void *x, const void *y)
{
    long a = *(const long *)x, b = *(const long *)y;
    return (a > b) - (a < b);
}

int main(void)
{
    pthread_t t[THREADS];
    alarm(20);
    pthread_barrier_init(&start, NULL, THREADS);
    for (long i = 0; i < THREADS; i++) {
        tokens[i] = i + 1;
        create(&t[i], worker, (void *)i);
    }
    for (int i = 0; i < THREADS; i++)
        pthread_join(t[i], NULL);
    long all[THREADS + 1];
    for (int i = 0; i < THREADS; i++)
        all[i] = tokens[i];
    all[THREADS] = slot;
    qsort(all, THREADS + 1, sizeof all[0], cmp);
    printf("pair a=%lu b=%lu (expect %d each), torn atomic reads %ld\n", (unsigned long)pair,
           (unsigned long)(pair >> 64), THREADS * ITERS, torn);
    printf("lock xadd total %ld\n", xadd_total);
    printf("xchg tokens after the swaps: %ld %ld %ld %ld %ld\n", all[0], all[1], all[2], all[3],
           all[4]);
    return 0;
}
