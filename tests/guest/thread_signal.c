/* Signals and threads. pthread_kill(SIGUSR1) to each of 3 waiting threads in
 * turn: the handler runs in the named thread (pthread_self() inside it is the
 * target). A process-directed kill(getpid(), SIGUSR2) while every thread but
 * one (main included) blocks SIGUSR2 is handled by that one thread, 20 times.
 * sigwait/sigwaitinfo in a dedicated thread while all block the signals: a
 * SIGTERM from kill and 5 queued SIGRTMIN values (sigqueue) in order. Faults:
 * two workers each take 200 SIGSEGVs (a store to a PROT_NONE page) at the
 * same time; the handler runs in the faulting thread (pthread_self() and a
 * __thread tag agree, si_addr is that thread's own address) and
 * siglongjmps to that thread's own __thread jump buffer. */
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
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

static pthread_t usr1_seen_by;
static int usr1_count;
static int stop_waiting;

static void on_usr1(int sig)
{
    usr1_seen_by = pthread_self();
    __atomic_add_fetch(&usr1_count, 1, __ATOMIC_RELEASE);
}

static void *wait_for_stop(void *arg)
{
    while (!__atomic_load_n(&stop_waiting, __ATOMIC_ACQUIRE))
        sched_yield();
    return arg;
}

static void to_one_thread(void)
{
    pthread_t t[3];
    int right = 0;
    signal(SIGUSR1, on_usr1);
    for (int i = 0; i < 3; i++)
        create(&t[i], wait_for_stop, NULL);
    for (int round = 0; round < 10; round++)
        for (int i = 0; i < 3; i++) {
            int before = __atomic_load_n(&usr1_count, __ATOMIC_ACQUIRE);
            pthread_kill(t[i], SIGUSR1);
            while (__atomic_load_n(&usr1_count, __ATOMIC_ACQUIRE) == before)
                sched_yield();
            right += pthread_equal(usr1_seen_by, t[i]) != 0;
        }
    __atomic_store_n(&stop_waiting, 1, __ATOMIC_RELEASE);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("pthread_kill SIGUSR1: %d of 30 handled in the target thread\n", right);
}

static pthread_t usr2_seen_by;
static int usr2_count, receiver_ready, stop_receiver;

static void on_usr2(int sig)
{
    usr2_seen_by = pthread_self();
    __atomic_add_fetch(&usr2_count, 1, __ATOMIC_RELEASE);
}

static void *receiver(void *arg)
{
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR2);
    pthread_sigmask(SIG_UNBLOCK, &s, NULL);
    __atomic_store_n(&receiver_ready, 1, __ATOMIC_RELEASE);
    while (!__atomic_load_n(&stop_receiver, __ATOMIC_ACQUIRE))
        sched_yield();
    return arg;
}

static void process_directed(void)
{
    pthread_t blockers[2], recv;
    sigset_t s, old;
    int right = 0;
    signal(SIGUSR2, on_usr2);
    sigemptyset(&s);
    sigaddset(&s, SIGUSR2);
    pthread_sigmask(SIG_BLOCK, &s, &old); /* inherited by the new threads */
    stop_waiting = 0;
    for (int i = 0; i < 2; i++)
        create(&blockers[i], wait_for_stop, NULL);
    create(&recv, receiver, NULL);
    while (!__atomic_load_n(&receiver_ready, __ATOMIC_ACQUIRE))
        sched_yield();
    for (int i = 0; i < 20; i++) {
        int before = __atomic_load_n(&usr2_count, __ATOMIC_ACQUIRE);
        kill(getpid(), SIGUSR2);
        while (__atomic_load_n(&usr2_count, __ATOMIC_ACQUIRE) == before)
            sched_yield();
        right += pthread_equal(usr2_seen_by, recv) != 0;
    }
    __atomic_store_n(&stop_waiting, 1, __ATOMIC_RELEASE);
    __atomic_store_n(&stop_receiver, 1, __ATOMIC_RELEASE);
    for (int i = 0; i < 2; i++)
        pthread_join(blockers[i], NULL);
    pthread_join(recv, NULL);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    printf("kill(getpid) SIGUSR2: %d of 20 handled by the one thread not blocking it\n", right);
}

static sigset_t waited;
static char wait_log[256];

static void *sig_waiter(void *arg)
{
    int sig;
    siginfo_t si;
    sigwait(&waited, &sig);
    snprintf(wait_log, sizeof wait_log, "sigwait got %s;", sig == SIGTERM ? "SIGTERM" : "other");
    for (int i = 0; i < 5; i++) {
        sig = sigwaitinfo(&waited, &si);
        size_t n = strlen(wait_log);
        snprintf(wait_log + n, sizeof wait_log - n, " %s:%d", sig == SIGRTMIN ? "RTMIN" : "other",
                 si.si_value.sival_int);
    }
    return arg;
}

static void dedicated_waiter(void)
{
    pthread_t t;
    sigemptyset(&waited);
    sigaddset(&waited, SIGTERM);
    sigaddset(&waited, SIGRTMIN);
    pthread_sigmask(SIG_BLOCK, &waited, NULL);
    create(&t, sig_waiter, NULL);
    kill(getpid(), SIGTERM);
    for (int i = 1; i <= 5; i++)
        sigqueue(getpid(), SIGRTMIN, (union sigval){.sival_int = i * 11});
    pthread_join(t, NULL);
    printf("dedicated thread: %s\n", wait_log);
}

static char *guard;
static __thread sigjmp_buf fault_jmp;
static __thread int my_tag;
static __thread pthread_t my_self;
static int fault_wrong;

static void on_segv(int sig, siginfo_t *si, void *uc)
{
    char *want = guard + my_tag * 64;
    if (!pthread_equal(pthread_self(), my_self) || si->si_addr != want)
        __atomic_add_fetch(&fault_wrong, 1, __ATOMIC_RELAXED);
    siglongjmp(fault_jmp, my_tag);
}

static void *faulter(void *arg)
{
    volatile int caught = 0; /* both live across siglongjmp */
    my_tag = (int)(long)arg;
    my_self = pthread_self();
    for (volatile int i = 0; i < 200; i++) {
        if (sigsetjmp(fault_jmp, 1) == 0) {
            *(volatile char *)(guard + my_tag * 64) = 1;
        } else {
            caught++;
        }
    }
    return (void *)(long)caught;
}

static void faults_in_workers(void)
{
    struct sigaction sa;
    pthread_t t[2];
    void *caught[2];
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    guard = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    for (long i = 0; i < 2; i++)
        create(&t[i], faulter, (void *)(i + 1));
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], &caught[i]);
    printf("SIGSEGV in workers: caught %ld and %ld, wrong thread or address %d\n", (long)caught[0],
           (long)caught[1], fault_wrong);
}

int main(void)
{
    alarm(20);
    to_one_thread();
    process_directed();
    dedicated_waiter();
    faults_in_workers();
    return 0;
}
