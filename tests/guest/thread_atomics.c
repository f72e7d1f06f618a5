/* Four pthreads hammer shared counters at once, each through a different
 * locked read-modify-write: `lock add`, `lock xadd` (whose old values must be
 * all distinct: their sum is checked), a `lock cmpxchg` retry loop, a plain
 * counter behind an `xchg` spinlock, and a plain counter behind a
 * pthread_mutex. Every total must be exact: a translation that loses the lock
 * prefix or splits a read-modify-write loses increments. alarm(20) turns a
 * hang into a SIGALRM death. */
#include <pthread.h>
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
#define ITERS 200000

static long add_counter, xadd_counter, cas_counter, spin_counter, mutex_counter;
static long xadd_old_sum[THREADS];
static int spin_word;
static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_barrier_t start;

static void spin_lock(void)
{
    int v = 1;
    for (;;) {
        asm volatile("xchgl %0, %1" : "+r"(v), "+m"(spin_word) : : "memory");
        if (v == 0)
            return;
        while (__atomic_load_n(&spin_word, __ATOMIC_RELAXED))
            asm volatile("pause");
        v = 1;
    }
}

static void spin_unlock(void)
{
    __atomic_store_n(&spin_word, 0, __ATOMIC_RELEASE);
}

static void cas_increment(void)
{
    long old = __atomic_load_n(&cas_counter, __ATOMIC_RELAXED);
    for (;;) {
        long want = old + 1;
        unsigned char ok;
        asm volatile("lock cmpxchgq %3, %1\n\tsetz %2"
                     : "+a"(old), "+m"(cas_counter), "=q"(ok)
                     : "r"(want)
                     : "cc", "memory");
        if (ok)
            return;
    }
}

static void *worker(void *arg)
{
    long id = (long)arg, sum = 0;
    pthread_barrier_wait(&start);
    for (long i = 0; i < ITERS; i++) {
        asm volatile("lock addq $1, %0" : "+m"(add_counter) : : "cc");
        long one = 1;
        asm volatile("lock xaddq %0, %1" : "+r"(one), "+m"(xadd_counter) : : "cc");
        sum += one;
        cas_increment();
        spin_lock();
        spin_counter++;
        spin_unlock();
        pthread_mutex_lock(&mutex);
        mutex_counter++;
        pthread_mutex_unlock(&mutex);
    }
    xadd_old_sum[id] = sum;
    return NULL;
}

int main(void)
{
    pthread_t t[THREADS];
    alarm(20);
    pthread_barrier_init(&start, NULL, THREADS);
    for (long i = 0; i < THREADS; i++)
        create(&t[i], worker, (void *)i);
    for (int i = 0; i < THREADS; i++)
        pthread_join(t[i], NULL);
    long n = (long)THREADS * ITERS, olds = 0;
    for (int i = 0; i < THREADS; i++)
        olds += xadd_old_sum[i];
    printf("lock add: %ld (expect %ld)\n", add_counter, n);
    printf("lock xadd: %ld, old values sum %s\n", xadd_counter,
           olds == n * (n - 1) / 2 ? "exact (all distinct)" : "WRONG");
    printf("lock cmpxchg loop: %ld\n", cas_counter);
    printf("xchg spinlock: %ld\n", spin_counter);
    printf("mutex: %ld\n", mutex_counter);
    return 0;
}
