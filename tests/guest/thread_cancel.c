/* pthread_cancel. Deferred: threads blocked in sleep(), in read() on an
 * empty pipe and in pthread_cond_wait are cancelled there; each one's cleanup
 * handler runs (the cond-wait one finds the mutex held and unlocks it) and
 * pthread_join gives PTHREAD_CANCELED. Disabled: a thread with
 * PTHREAD_CANCEL_DISABLE survives a cancel request (its sleep completes) and
 * is cancelled at pthread_testcancel once it enables cancellation again.
 * Asynchronous: a PTHREAD_CANCEL_ASYNCHRONOUS thread spinning in pure
 * arithmetic (no system call, no cancellation point) is cancelled by the
 * SIGCANCEL glibc sends it, and its cleanup handler runs too. The threads
 * print nothing (printf is a cancellation point); main reports. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

static int cleanups[5];
static int ready[5];
static int pipefd[2];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;
static int mutex_was_held;
static int disabled_sleep_done;
static unsigned long spin_result;

static void cleanup(void *arg)
{
    __atomic_store_n(&cleanups[(long)arg], 1, __ATOMIC_RELEASE);
}

static void unlock_cleanup(void *arg)
{
    mutex_was_held = pthread_mutex_trylock(&lock) != 0; /* EBUSY: this thread owns it */
    pthread_mutex_unlock(&lock);
    cleanup(arg);
}

static void set_ready(long i)
{
    __atomic_store_n(&ready[i], 1, __ATOMIC_RELEASE);
}

static void *in_sleep(void *arg)
{
    pthread_cleanup_push(cleanup, arg);
    set_ready((long)arg);
    sleep(100);
    pthread_cleanup_pop(0);
    return NULL;
}

static void *in_read(void *arg)
{
    char c;
    pthread_cleanup_push(cleanup, arg);
    set_ready((long)arg);
    read(pipefd[0], &c, 1);
    pthread_cleanup_pop(0);
    return NULL;
}

static void *in_cond_wait(void *arg)
{
    pthread_mutex_lock(&lock);
    pthread_cleanup_push(unlock_cleanup, arg);
    set_ready((long)arg);
    for (;;)
        pthread_cond_wait(&never, &lock);
    pthread_cleanup_pop(0);
    return NULL;
}

static void *disabled(void *arg)
{
    struct timespec ts = {0, 50 * 1000 * 1000};
    pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, NULL);
    pthread_cleanup_push(cleanup, arg);
    set_ready((long)arg);
    while (!__atomic_load_n(&ready[0], __ATOMIC_ACQUIRE))
        sched_yield();    /* main has cancelled */
    nanosleep(&ts, NULL); /* a cancellation point, but cancellation is disabled */
    disabled_sleep_done = 1;
    pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, NULL);
    pthread_testcancel();
    pthread_cleanup_pop(0);
    return NULL;
}

static void *async_spin(void *arg)
{
    unsigned long x = 1;
    pthread_cleanup_push(cleanup, arg);
    pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, NULL);
    set_ready((long)arg);
    for (;;) {
        x = x * 6364136223846793005ul + 1442695040888963407ul;
        asm volatile("" : "+r"(x)); /* keep the loop, no memory access */
    }
    spin_result = x;
    pthread_cleanup_pop(0);
    return NULL;
}

static void run(const char *name, void *(*fn)(void *), long slot)
{
    pthread_t t;
    void *ret;
    ready[slot] = 0;
    create(&t, fn, (void *)slot);
    while (!__atomic_load_n(&ready[slot], __ATOMIC_ACQUIRE))
        sched_yield();
    int rc = pthread_cancel(t);
    if (fn == disabled)
        __atomic_store_n(&ready[0], 1, __ATOMIC_RELEASE);
    int jr = pthread_join(t, &ret);
    printf("%-28s cancel %d join %d %s, cleanup %s\n", name, rc, jr,
           ret == PTHREAD_CANCELED ? "PTHREAD_CANCELED" : "NOT CANCELED",
           __atomic_load_n(&cleanups[slot], __ATOMIC_ACQUIRE) ? "ran" : "MISSING");
}

int main(void)
{
    alarm(20);
    pipe(pipefd);
    run("deferred, in sleep:", in_sleep, 1);
    run("deferred, in read:", in_read, 2);
    run("deferred, in cond_wait:", in_cond_wait, 3);
    printf("  mutex held by the cancelled waiter: %s, free after: %s\n",
           mutex_was_held ? "yes" : "no", pthread_mutex_trylock(&lock) == 0 ? "yes" : "no");
    pthread_mutex_unlock(&lock);
    ready[0] = 0;
    run("disabled, then testcancel:", disabled, 4);
    printf("  sleep with cancellation disabled completed: %s\n",
           disabled_sleep_done ? "yes" : "no");
    cleanups[0] = 0;
    run("asynchronous, spinning:", async_spin, 0);
    return 0;
}
