// Two threads write data that shares an RWX page with code both of them
// run, as HotSpot's nmethods keep counters beside their code. Under Shunt
// each write to the page faults while code from it is translated; when two
// threads fault on the page at once, the first drops its translations and
// gives the page back, and the second, finding it no longer protected, must
// retry its write: it once got the SIGSEGV of a read-only page instead (the
// JVM died in nmethodLocker::lock_nmethod). Checks the counts and the
// code's results.
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

enum { ROUNDS = 20000, THREADS = 2 };

static uint8_t *page;

/* mov eax, imm32; ret */
static void write_function(uint8_t *at, uint32_t value)
{
    at[0] = 0xB8;
    memcpy(at + 1, &value, 4);
    at[5] = 0xC3;
}

static void *worker(void *arg)
{
    long id = (long)arg;
    int (*fn)(void) = (int (*)(void))(page + 64 * id);
    volatile uint64_t *counter = (volatile uint64_t *)(page + 2048 + 64 * id);
    uint64_t sum = 0;
    for (int i = 0; i < ROUNDS; i++) {
        sum += (uint64_t)fn();  /* translates code on the page: protects it */
        __atomic_add_fetch(counter, 1, __ATOMIC_SEQ_CST); /* a locked write to it */
        *counter += 1;                                    /* a plain one */
    }
    return (void *)(uintptr_t)sum;
}

int main(void)
{
    page = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1,
                0);
    if (page == MAP_FAILED)
        return 1;
    for (long id = 0; id < THREADS; id++)
        write_function(page + 64 * id, (uint32_t)(id + 1) * 3);
    pthread_t threads[THREADS];
    for (long id = 0; id < THREADS; id++)
        pthread_create(&threads[id], NULL, worker, (void *)id);
    for (long id = 0; id < THREADS; id++) {
        void *sum;
        pthread_join(threads[id], &sum);
        printf("thread %ld: sum %llu, counter %llu\n", id, (unsigned long long)(uintptr_t)sum,
               (unsigned long long)*(uint64_t *)(page + 2048 + 64 * id));
    }
    return 0;
}
