/* Producer/consumer over a bounded queue guarded by one mutex and two
 * condition variables (not full / not empty): 2 producers push 50000
 * items each, 2 consumers pop until they see an end marker (pushed by main
 * once both producers are joined). The count, the sum and the sum of squares
 * of the consumed items are exact; which consumer got what is never printed.
 * The queue has 64 slots: with 16, the futex hand-offs take over 1 s natively
 * on 2 cores. */
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

#define SLOTS 64
#define PER_PRODUCER 50000
#define END (-1L)

static long queue[SLOTS];
static int head, count;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER, not_empty = PTHREAD_COND_INITIALIZER;
static long consumed[2], sums[2], squares[2];

static void push(long v)
{
    pthread_mutex_lock(&lock);
    while (count == SLOTS)
        pthread_cond_wait(&not_full, &lock);
    queue[(head + count++) % SLOTS] = v;
    pthread_cond_signal(&not_empty);
    pthread_mutex_unlock(&lock);
}

static long pop(void)
{
    pthread_mutex_lock(&lock);
    while (count == 0)
        pthread_cond_wait(&not_empty, &lock);
    long v = queue[head];
    head = (head + 1) % SLOTS;
    count--;
    pthread_cond_signal(&not_full);
    pthread_mutex_unlock(&lock);
    return v;
}

static void *producer(void *arg)
{
    long base = (long)arg * PER_PRODUCER;
    for (long i = 1; i <= PER_PRODUCER; i++)
        push(base + i);
    return NULL;
}

static void *consumer(void *arg)
{
    long id = (long)arg, v;
    while ((v = pop()) != END) {
        consumed[id]++;
        sums[id] += v;
        squares[id] += v * v;
    }
    return NULL;
}

int main(void)
{
    pthread_t p[2], c[2];
    alarm(20);
    for (long i = 0; i < 2; i++)
        create(&c[i], consumer, (void *)i);
    for (long i = 0; i < 2; i++)
        create(&p[i], producer, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(p[i], NULL);
    push(END);
    push(END);
    for (int i = 0; i < 2; i++)
        pthread_join(c[i], NULL);
    long n = 2L * PER_PRODUCER;
    printf("items %ld (expect %ld)\n", consumed[0] + consumed[1], n);
    printf("sum %ld (expect %ld)\n", sums[0] + sums[1], n * (n + 1) / 2);
    printf("sum of squares %ld (expect %ld)\n", squares[0] + squares[1],
           n * (n + 1) * (2 * n + 1) / 6);
    printf("queue left: %d\n", count);
    return 0;
}
