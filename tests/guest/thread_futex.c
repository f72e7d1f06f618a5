/* Raw futex(2) between threads. Waiters are known to be asleep before each
 * wake (main polls /proc/self/task/TID/syscall for "202 <address>"), so the
 * counts returned are exact:
 *  - FUTEX_WAIT on a changed value: EAGAIN (private and shared);
 *    FUTEX_WAIT with a relative timeout and FUTEX_WAIT_BITSET with an
 *    absolute CLOCK_MONOTONIC (and FUTEX_CLOCK_REALTIME) one: ETIMEDOUT;
 *  - FUTEX_WAKE of 1 then of all among 3 waiters (private and shared);
 *  - FUTEX_WAIT_BITSET/FUTEX_WAKE_BITSET: a wake with mask 2 wakes only the
 *    waiter with bit 2;
 *  - FUTEX_REQUEUE (1 woken, 2 moved to another word, then woken there) and
 *    FUTEX_CMP_REQUEUE (EAGAIN on a wrong expected value, then 1 + 2);
 *  - FUTEX_WAKE_OP: wakes one on the first word, sets the second word and
 *    wakes one there because its old value compared equal;
 *  - a robust pthread mutex whose owner thread exits holding it: the next
 *    locker gets EOWNERDEAD (the kernel walks the set_robust_list list),
 *    pthread_mutex_consistent makes it usable; not made consistent, the
 *    mutex becomes ENOTRECOVERABLE; a process-shared robust mutex held by a
 *    child process that exits gives EOWNERDEAD in the parent. */
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
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

static long futex(int *uaddr, int op, int val, const void *timeout_or_val2, int *uaddr2, int val3)
{
    long r = syscall(SYS_futex, uaddr, op, val, timeout_or_val2, uaddr2, val3);
    return r < 0 ? -errno : r;
}

static const char *err(long r)
{
    static char bufs[8][32]; /* several uses in one printf */
    static int next;
    char *b = bufs[next++ % 8];
    if (r == -EAGAIN)
        return "EAGAIN";
    if (r == -ETIMEDOUT)
        return "ETIMEDOUT";
    if (r == -EINTR)
        return "EINTR";
    snprintf(b, sizeof bufs[0], "%ld", r);
    return b;
}

/* A waiter thread: FUTEX_WAIT (or WAIT_BITSET with its mask) on word while
 * it still holds 0; records the result and counts itself done. */
struct waiter {
    pthread_t thread;
    int *word;
    int op;
    int mask;
    pid_t tid;
    long result;
};
static int done;

static void *wait_body(void *arg)
{
    struct waiter *w = arg;
    __atomic_store_n(&w->tid, gettid(), __ATOMIC_RELEASE);
    w->result = futex(w->word, w->op, 0, NULL, NULL, w->mask);
    __atomic_add_fetch(&done, 1, __ATOMIC_RELEASE);
    return NULL;
}

/* Whether thread TID is asleep in futex(ADDR, ...). */
static int asleep_on(pid_t tid, int *addr)
{
    char path[64], buf[160] = "";
    snprintf(path, sizeof path, "/proc/self/task/%d/syscall", tid);
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    fgets(buf, sizeof buf, f);
    fclose(f);
    char *end;
    if (strtol(buf, &end, 10) != SYS_futex || *end != ' ')
        return 0;
    return strtoul(end, NULL, 16) == (uintptr_t)addr;
}

static void nap(void)
{
    struct timespec ts = {0, 500 * 1000};
    nanosleep(&ts, NULL);
}

static void start(struct waiter *w, int *word, int op, int mask)
{
    w->word = word;
    w->op = op;
    w->mask = mask;
    w->tid = 0;
    w->result = 99;
    create(&w->thread, wait_body, w);
    while (!__atomic_load_n(&w->tid, __ATOMIC_ACQUIRE) || !asleep_on(w->tid, word))
        nap();
}

static void wait_done(int n)
{
    while (__atomic_load_n(&done, __ATOMIC_ACQUIRE) < n)
        nap();
}

static void join_all(struct waiter *w, int n)
{
    for (int i = 0; i < n; i++)
        pthread_join(w[i].thread, NULL);
    done = 0;
}

/* CLOCK's time 20 ms from now. */
static struct timespec in_20ms(clockid_t clock)
{
    struct timespec t;
    clock_gettime(clock, &t);
    t.tv_nsec += 20 * 1000 * 1000;
    if (t.tv_nsec >= 1000000000) {
        t.tv_sec++;
        t.tv_nsec -= 1000000000;
    }
    return t;
}

static void timeouts(void)
{
    int word = 1;
    struct timespec rel = {0, 20 * 1000 * 1000}, abs;
    printf("WAIT changed value: private %s, shared %s\n",
           err(futex(&word, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0)),
           err(futex(&word, FUTEX_WAIT, 0, NULL, NULL, 0)));
    printf("WAIT relative 20 ms: %s\n", err(futex(&word, FUTEX_WAIT_PRIVATE, 1, &rel, NULL, 0)));
    abs = in_20ms(CLOCK_MONOTONIC);
    long r = futex(&word, FUTEX_WAIT_BITSET_PRIVATE, 1, &abs, NULL, FUTEX_BITSET_MATCH_ANY);
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    int passed =
        now.tv_sec > abs.tv_sec || (now.tv_sec == abs.tv_sec && now.tv_nsec >= abs.tv_nsec);
    printf("WAIT_BITSET absolute monotonic: %s, deadline passed: %s\n", err(r),
           passed ? "yes" : "NO");
    abs = in_20ms(CLOCK_REALTIME);
    printf("WAIT_BITSET absolute realtime: %s\n",
           err(futex(&word, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 1, &abs, NULL,
                     FUTEX_BITSET_MATCH_ANY)));
    printf("WAKE with no waiter: %s\n", err(futex(&word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0)));
}

static void wakes(const char *kind, int wait_op, int wake_op)
{
    static int word;
    struct waiter w[3];
    word = 0;
    for (int i = 0; i < 3; i++)
        start(&w[i], &word, wait_op, 0);
    long one = futex(&word, wake_op, 1, NULL, NULL, 0);
    wait_done(1);
    long rest = futex(&word, wake_op, INT_MAX, NULL, NULL, 0);
    wait_done(3);
    join_all(w, 3);
    printf("WAKE %s: 3 asleep, wake 1 -> %s, ", kind, err(one));
    printf("wake all -> %s, waits returned %ld %ld %ld\n", err(rest), w[0].result, w[1].result,
           w[2].result);
}

static void bitsets(void)
{
    static int word;
    struct waiter w[2];
    word = 0;
    start(&w[0], &word, FUTEX_WAIT_BITSET_PRIVATE, 1);
    start(&w[1], &word, FUTEX_WAIT_BITSET_PRIVATE, 2);
    long r2 = futex(&word, FUTEX_WAKE_BITSET_PRIVATE, INT_MAX, NULL, NULL, 2);
    wait_done(1);
    int first_done = w[1].result == 0 && w[0].result == 99;
    long r4 = futex(&word, FUTEX_WAKE_BITSET_PRIVATE, INT_MAX, NULL, NULL, 4);
    long r1 = futex(&word, FUTEX_WAKE_BITSET_PRIVATE, INT_MAX, NULL, NULL, 1);
    wait_done(2);
    join_all(w, 2);
    printf("WAKE_BITSET: mask 2 -> %s (only the bit-2 waiter: %s), mask 4 -> %s, mask 1 -> %s\n",
           err(r2), first_done ? "yes" : "NO", err(r4), err(r1));
}

static void requeues(void)
{
    static int from, to;
    struct waiter w[3];
    from = to = 0;
    for (int i = 0; i < 3; i++)
        start(&w[i], &from, FUTEX_WAIT_PRIVATE, 0);
    long r = futex(&from, FUTEX_REQUEUE_PRIVATE, 1, (void *)(long)INT_MAX, &to, 0);
    wait_done(1);
    long left = futex(&from, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0);
    long moved = futex(&to, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0);
    wait_done(3);
    join_all(w, 3);
    printf("REQUEUE 1 + all: %s; then wake on the old word %s, on the new word %s\n", err(r),
           err(left), err(moved));

    from = to = 0;
    for (int i = 0; i < 3; i++)
        start(&w[i], &from, FUTEX_WAIT_PRIVATE, 0);
    long bad = futex(&from, FUTEX_CMP_REQUEUE_PRIVATE, 1, (void *)(long)INT_MAX, &to, 5);
    r = futex(&from, FUTEX_CMP_REQUEUE_PRIVATE, 1, (void *)(long)INT_MAX, &to, 0);
    wait_done(1);
    moved = futex(&to, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0);
    wait_done(3);
    join_all(w, 3);
    printf("CMP_REQUEUE: wrong value %s, right value %s, then wake on the new word %s\n", err(bad),
           err(r), err(moved));
}

static void wake_op(void)
{
    static int a, b;
    struct waiter w[2];
    a = b = 0;
    start(&w[0], &a, FUTEX_WAIT_PRIVATE, 0);
    start(&w[1], &b, FUTEX_WAIT_PRIVATE, 0);
    /* *b = 5; wake 1 on a; if the old *b == 0, wake 1 on b */
    long r = futex(&a, FUTEX_WAKE_OP_PRIVATE, 1, (void *)1L, &b,
                   FUTEX_OP(FUTEX_OP_SET, 5, FUTEX_OP_CMP_EQ, 0));
    wait_done(2);
    join_all(w, 2);
    printf("WAKE_OP: %s, second word now %d, waits returned %ld %ld\n", err(r), b, w[0].result,
           w[1].result);
}

static pthread_mutex_t robust;
static void *lock_and_die(void *arg)
{
    pthread_mutex_lock(&robust);
    return arg; /* exits holding it */
}

static void robust_mutexes(void)
{
    pthread_mutexattr_t at;
    pthread_t t;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_setrobust(&at, PTHREAD_MUTEX_ROBUST);
    pthread_mutex_init(&robust, &at);
    create(&t, lock_and_die, NULL);
    pthread_join(t, NULL);
    int r1 = pthread_mutex_lock(&robust);
    int c = pthread_mutex_consistent(&robust);
    pthread_mutex_unlock(&robust);
    int r2 = pthread_mutex_lock(&robust);
    pthread_mutex_unlock(&robust);
    printf("robust: after the owner thread died %s, consistent %d, relock %d\n",
           r1 == EOWNERDEAD ? "EOWNERDEAD" : strerror(r1), c, r2);
    create(&t, lock_and_die, NULL);
    pthread_join(t, NULL);
    r1 = pthread_mutex_lock(&robust);
    pthread_mutex_unlock(&robust); /* not made consistent */
    r2 = pthread_mutex_lock(&robust);
    printf("robust: unlocked without consistent: %s then %s\n",
           r1 == EOWNERDEAD ? "EOWNERDEAD" : strerror(r1),
           r2 == ENOTRECOVERABLE ? "ENOTRECOVERABLE" : strerror(r2));

    pthread_mutex_t *shared =
        mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    pthread_mutexattr_setpshared(&at, PTHREAD_PROCESS_SHARED);
    pthread_mutex_init(shared, &at);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        alarm(10); /* alarms are not inherited; the parent's (20 s) must not fire first */
        pthread_mutex_lock(shared);
        _exit(0);
    }
    int status;
    waitpid(pid, &status, 0);
    r1 = pthread_mutex_lock(shared);
    c = pthread_mutex_consistent(shared);
    pthread_mutex_unlock(shared);
    printf("robust shared: after the owner process died %s, consistent %d\n",
           r1 == EOWNERDEAD ? "EOWNERDEAD" : strerror(r1), c);
}

int main(void)
{
    alarm(20);
    timeouts();
    wakes("private", FUTEX_WAIT_PRIVATE, FUTEX_WAKE_PRIVATE);
    wakes("shared", FUTEX_WAIT, FUTEX_WAKE);
    bitsets();
    requeues();
    wake_op();
    robust_mutexes();
    return 0;
}
