// Forks from a threaded program whose threads keep translating and linking
// new code meanwhile, and children that translate and link code of their
// own. Under Shunt the code cache is shared memory that a fork leaves
// shared, and each process copies a 64 KiB segment before its first store
// into it (src/cache/memory.c): the parent's copies happen while its other
// threads run the very segments being replaced. Every process must get
// only its own functions' results; tests/options/run runs it again under
// a small cache, where flushes come between the forks.
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define F(n)                                                                                       \
    static __attribute__((noinline)) uint64_t f##n(uint64_t x)                                     \
    {                                                                                              \
        x ^= x >> ((n) % 11 + 1);                                                                  \
        x *= 0xD6E8FEB86659FD93ULL + (n);                                                          \
        if (x & 4)                                                                                 \
            x += (n) * 9;                                                                          \
        else                                                                                       \
            x ^= (uint64_t)(n) << 23;                                                              \
        return x + (x >> 11);                                                                      \
    }
#define T(a) F(a##0) F(a##1) F(a##2) F(a##3) F(a##4) F(a##5) F(a##6) F(a##7) F(a##8) F(a##9)
#define H(a) T(a##0) T(a##1) T(a##2) T(a##3) T(a##4) T(a##5) T(a##6) T(a##7) T(a##8) T(a##9)
H(1) H(2) H(3) H(4) H(5) H(6)

#define P(n) f##n,
#define PT(a) P(a##0) P(a##1) P(a##2) P(a##3) P(a##4) P(a##5) P(a##6) P(a##7) P(a##8) P(a##9)
#define PH(a) PT(a##0) PT(a##1) PT(a##2) PT(a##3) PT(a##4) PT(a##5) PT(a##6) PT(a##7) PT(a##8) PT(a##9)
static uint64_t (*const table[])(uint64_t) = {PH(1) PH(2) PH(3) PH(4) PH(5) PH(6)};
enum { FUNCTIONS = sizeof(table) / sizeof(table[0]), WORKERS = 2, CHILDREN = 40 };

/* A chain through the functions in an order of its own: `stride` and the
 * table size are coprime, so every function is reached. */
static uint64_t chain(uint64_t x, uint64_t start, uint64_t stride, uint64_t count)
{
    for (uint64_t i = 0; i < count; i++)
        x = table[(start + i * stride) % FUNCTIONS](x);
    return x;
}

static volatile int stop;

static void *worker(void *arg)
{
    uint64_t id = (uint64_t)(uintptr_t)arg, x = id + 1, rounds = 0;
    /* At least a few rounds, and on until the forks are done. */
    while (rounds < 4 || !__atomic_load_n(&stop, __ATOMIC_ACQUIRE)) {
        x = chain(x, rounds * 31 + id * 97, 7 + 6 * id, FUNCTIONS);
        rounds++;
    }
    /* Deterministic: the first four rounds' value, computed again. */
    uint64_t y = id + 1;
    for (uint64_t r = 0; r < 4; r++)
        y = chain(y, r * 31 + id * 97, 7 + 6 * id, FUNCTIONS);
    return (void *)(uintptr_t)y;
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    pthread_t threads[WORKERS];
    for (uintptr_t id = 0; id < WORKERS; id++)
        pthread_create(&threads[id], NULL, worker, (void *)id);
    for (uint64_t c = 0; c < CHILDREN; c++) {
        /* The parent reaches part of the table first, in its own order. */
        uint64_t mine = chain(c, c * 13, 11, 37);
        pid_t pid = fork();
        if (pid == 0) {
            uint64_t x = chain(c + 1000, c * 53, 13, 150);
            char line[80];
            int n = snprintf(line, sizeof(line), "child %2llu: %016llx\n", (unsigned long long)c,
                             (unsigned long long)x);
            write(1, line, (size_t)n);
            _exit((int)(x & 0x3f));
        }
        int status;
        waitpid(pid, &status, 0);
        printf("  parent %016llx, child status %d\n", (unsigned long long)mine,
               WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status));
    }
    __atomic_store_n(&stop, 1, __ATOMIC_RELEASE);
    for (int id = 0; id < WORKERS; id++) {
        void *result;
        pthread_join(threads[id], &result);
        printf("worker %d: %016llx\n", id, (unsigned long long)(uintptr_t)result);
    }
    return 0;
}
