/* __thread variables are per thread: an initialised one (starts at its
 * initialiser in every thread), a zero-initialised one and an array; each
 * thread's copies have distinct addresses and values written by one thread
 * never show in another (checked after all threads have written, behind a
 * barrier). In each thread (main included) the FS base read with
 * arch_prctl(ARCH_GET_FS), %fs:0 (the TCB's self pointer) and, when
 * AT_HWCAP2 has FSGSBASE (bit 1), rdfsbase all equal pthread_self()'s TCB
 * address. Only "agree"/counts are printed, never addresses. */
#include <asm/prctl.h>
#include <pthread.h>
#include <stdint.h>
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

static __thread long initialised = 1234;
static __thread long zeroed;
static __thread int array[16] = {[3] = 7};
static pthread_barrier_t barrier;
static void *addrs[THREADS + 1][2];
static int have_fsgsbase;
static int bad_values, fs_disagree, rdfs_disagree;

static void check_fs(void)
{
    unsigned long fs = 0, self, fs0;
    syscall(SYS_arch_prctl, ARCH_GET_FS, &fs);
    self = (unsigned long)pthread_self();
    asm volatile("movq %%fs:0, %0" : "=r"(fs0));
    if (fs != self || fs0 != self)
        __atomic_add_fetch(&fs_disagree, 1, __ATOMIC_RELAXED);
    if (have_fsgsbase) {
        unsigned long r;
        asm volatile("rdfsbase %0" : "=r"(r));
        if (r != self)
            __atomic_add_fetch(&rdfs_disagree, 1, __ATOMIC_RELAXED);
    }
}

static void body(long id)
{
    if (initialised != 1234 || zeroed != 0 || array[3] != 7 || array[4] != 0)
        __atomic_add_fetch(&bad_values, 1, __ATOMIC_RELAXED);
    initialised = 1000 + id;
    zeroed = id * 7;
    array[3] = (int)id;
    addrs[id][0] = &initialised;
    addrs[id][1] = &zeroed;
    check_fs();
    pthread_barrier_wait(&barrier); /* everyone has written its copies */
    for (int round = 0; round < 1000; round++) {
        if (initialised != 1000 + id || zeroed != id * 7 || array[3] != (int)id)
            __atomic_add_fetch(&bad_values, 1, __ATOMIC_RELAXED);
        if (round % 100 == 0)
            sched_yield();
    }
    pthread_barrier_wait(&barrier);
    check_fs();
}

static void *worker(void *arg)
{
    body((long)arg);
    return NULL;
}

int main(void)
{
    pthread_t t[THREADS];
    alarm(20);
    have_fsgsbase = (getauxval(AT_HWCAP2) & 2) != 0;
    pthread_barrier_init(&barrier, NULL, THREADS + 1);
    for (long i = 1; i <= THREADS; i++)
        create(&t[i - 1], worker, (void *)i);
    body(0);
    for (int i = 0; i < THREADS; i++)
        pthread_join(t[i], NULL);
    int same = 0;
    for (int i = 0; i <= THREADS; i++)
        for (int j = 0; j < i; j++)
            for (int k = 0; k < 2; k++)
                same += addrs[i][k] == addrs[j][k];
    printf("threads: %d (main included)\n", THREADS + 1);
    printf("initial values and independence: %s\n", bad_values ? "WRONG" : "ok");
    printf("__thread addresses: %s\n", same ? "SHARED" : "distinct");
    printf("main after join: initialised %ld zeroed %ld array[3] %d\n", initialised, zeroed,
           array[3]);
    printf("arch_prctl(ARCH_GET_FS), %%fs:0 and pthread_self: %s\n",
           fs_disagree ? "DISAGREE" : "agree");
    printf("rdfsbase and pthread_self: %s\n", rdfs_disagree ? "DISAGREE" : "agree");
    return 0;
}
