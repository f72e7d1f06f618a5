/* pthread_barrier with 4 threads for 1000 rounds: in each round every thread
 * writes its slot of a shared array, waits at the barrier, checks every slot
 * holds this round's value, then waits again before the next round's writes.
 * Exactly one waiter per barrier crossing gets PTHREAD_BARRIER_SERIAL_THREAD.
 * Checks futex wait/wake between threads and memory visibility across them. */
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
#define ROUNDS 1000

static pthread_barrier_t barrier;
static volatile long slots[THREADS];
static int mismatches, serials;

static void wait_barrier(void)
{
    if (pthread_barrier_wait(&barrier) == PTHREAD_BARRIER_SERIAL_THREAD)
        __atomic_add_fetch(&serials, 1, __ATOMIC_RELAXED);
}

static void *worker(void *arg)
{
    long id = (long)arg;
    for (long r = 0; r < ROUNDS; r++) {
        slots[id] = r * 1000 + id;
        wait_barrier();
        for (long j = 0; j < THREADS; j++)
            if (slots[j] != r * 1000 + j)
                __atomic_add_fetch(&mismatches, 1, __ATOMIC_RELAXED);
        wait_barrier();
    }
    return NULL;
}

int main(void)
{
    pthread_t t[THREADS];
    alarm(20);
    pthread_barrier_init(&barrier, NULL, THREADS);
    for (long i = 0; i < THREADS; i++)
        create(&t[i], worker, (void *)i);
    for (int i = 0; i < THREADS; i++)
        pthread_join(t[i], NULL);
    printf("rounds %d, mismatches %d, serial waiters %d (expect %d)\n", ROUNDS, mismatches, serials,
           2 * ROUNDS);
    return pthread_barrier_destroy(&barrier);
}
