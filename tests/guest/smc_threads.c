/* One thread rewrites code that another thread keeps running: the writer
 * stores a new immediate into `mov eax, imm32; ret` on an RWX page, then
 * posts the round; the runner, which called the code all along, sees the
 * post, serializes (cpuid, as the SDM asks of cross-modifying code) and
 * must get the new value. Under Shunt the write faults on the protected
 * page, the writer drops the translations before its store completes, and
 * no thread may keep (or re-make, from the old bytes) a translation that
 * outlives it: in its lookup table, a chain or a prediction. */
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define ROUNDS 300

typedef int (*Fn)(void);
static uint8_t *code;
static volatile int posted = -1, seen = -1;

static void *runner(void *arg)
{
    long wrong = 0, calls = 0;
    for (int k = 0; k < ROUNDS; k++) {
        while (posted != k) {
            ((Fn)code)(); /* running while it is rewritten */
            if (++calls % 64 == 0)
                sched_yield();
        }
        unsigned a = 0, b, c = 0, d;
        __asm__ volatile("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d) : : "memory");
        if (((Fn)code)() != k)
            wrong++;
        seen = k;
    }
    return (void *)wrong;
}

int main(void)
{
    alarm(20);
    code = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (code == MAP_FAILED)
        return 1;
    code[0] = 0xB8; /* mov eax, -1; ret */
    memset(code + 1, 0xFF, 4);
    code[5] = 0xC3;
    pthread_t t;
    if (pthread_create(&t, NULL, runner, NULL) != 0)
        return 1;
    for (int k = 0; k < ROUNDS; k++) {
        int32_t v = k;
        memcpy(code + 1, &v, 4);
        __sync_synchronize();
        posted = k;
        while (seen != k)
            sched_yield();
    }
    void *wrong;
    pthread_join(t, &wrong);
    printf("%d rounds, wrong %ld\n", ROUNDS, (long)wrong);
    return 0;
}
