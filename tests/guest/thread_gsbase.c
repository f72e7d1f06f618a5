/* Per-thread GS bases: each of 4 threads points its GS base at its own
 * buffer with arch_prctl(ARCH_SET_GS), waits until all have, then reads
 * %gs:0 and %gs:8 two million times, yielding now and then, while the others
 * do the same: a thread must only ever see its own buffer's values
 * (context switches and migrations between cores included). ARCH_GET_GS
 * (and rdgsbase when AT_HWCAP2 has FSGSBASE) gives back each thread's own
 * buffer, and main's GS base stays 0 throughout. */
#include <asm/prctl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
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
#define READS 2000000

static unsigned long buffers[THREADS][2];
static pthread_barrier_t barrier;
static int have_fsgsbase;
static long mixed[THREADS], set_errors, get_disagree, rdgs_disagree;

static unsigned long get_gs(void)
{
    unsigned long gs = 1;
    syscall(SYS_arch_prctl, ARCH_GET_GS, &gs);
    return gs;
}

static void *worker(void *arg)
{
    long id = (long)arg;
    unsigned long want0 = buffers[id][0], want1 = buffers[id][1];
    if (syscall(SYS_arch_prctl, ARCH_SET_GS, (unsigned long)buffers[id]) != 0)
        __atomic_add_fetch(&set_errors, 1, __ATOMIC_RELAXED);
    pthread_barrier_wait(&barrier);
    for (long i = 0; i < READS; i++) {
        unsigned long a, b;
        asm volatile("movq %%gs:0, %0\n\tmovq %%gs:8, %1" : "=r"(a), "=r"(b));
        if (a != want0 || b != want1)
            mixed[id]++;
        if (i % 100000 == 0)
            sched_yield();
    }
    if (get_gs() != (unsigned long)buffers[id])
        __atomic_add_fetch(&get_disagree, 1, __ATOMIC_RELAXED);
    if (have_fsgsbase) {
        unsigned long r;
        asm volatile("rdgsbase %0" : "=r"(r));
        if (r != (unsigned long)buffers[id])
            __atomic_add_fetch(&rdgs_disagree, 1, __ATOMIC_RELAXED);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[THREADS];
    alarm(20);
    have_fsgsbase = (getauxval(AT_HWCAP2) & 2) != 0;
    for (int i = 0; i < THREADS; i++) {
        buffers[i][0] = 0x1111111111111111ul * (i + 1);
        buffers[i][1] = ~buffers[i][0];
    }
    printf("main gs base before: %#lx\n", get_gs());
    pthread_barrier_init(&barrier, NULL, THREADS);
    for (long i = 0; i < THREADS; i++)
        create(&t[i], worker, (void *)i);
    for (int i = 0; i < THREADS; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < THREADS; i++)
        printf("thread %d: %ld foreign reads of %d\n", i, mixed[i], READS);
    printf("ARCH_SET_GS errors %ld, ARCH_GET_GS %s, rdgsbase %s\n", set_errors,
           get_disagree ? "DISAGREES" : "agrees", rdgs_disagree ? "DISAGREES" : "agrees");
    printf("main gs base after: %#lx\n", get_gs());
    return 0;
}
