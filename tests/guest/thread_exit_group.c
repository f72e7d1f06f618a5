/* Returning from main ends the whole process (exit_group) while other
 * threads are blocked: one in read() on a pipe nobody writes, one in a raw
 * FUTEX_WAIT on a word nobody changes, one in pthread_cond_wait and one in
 * clock_nanosleep(100 s) (what glibc's nanosleep calls). Main waits until each
 * has entered its call (it checks /proc/self/task/TID/syscall), then returns
 * 42: the exit status is 42 at once, the atexit handler ran, and nothing the
 * blocked threads would print appears. */
#include <linux/futex.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
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

static int pipefd[2];
static int futex_word;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;
static pid_t tids[4];

static void *reader(void *arg)
{
    char c;
    tids[0] = gettid();
    read(pipefd[0], &c, 1);
    printf("reader woke\n");
    return arg;
}

static void *futex_waiter(void *arg)
{
    tids[1] = gettid();
    syscall(SYS_futex, &futex_word, FUTEX_WAIT_PRIVATE, 0, NULL);
    printf("futex waiter woke\n");
    return arg;
}

static void *cond_waiter(void *arg)
{
    tids[2] = gettid();
    pthread_mutex_lock(&lock);
    pthread_cond_wait(&never, &lock);
    printf("cond waiter woke\n");
    return arg;
}

static void *sleeper(void *arg)
{
    struct timespec ts = {100, 0};
    tids[3] = gettid();
    clock_nanosleep(CLOCK_MONOTONIC, 0, &ts, NULL);
    printf("sleeper woke\n");
    return arg;
}

/* Whether thread TID is blocked in system call NR (per /proc). */
static int in_syscall(pid_t tid, int nr)
{
    char path[64], buf[128] = "";
    snprintf(path, sizeof path, "/proc/self/task/%d/syscall", tid);
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    fgets(buf, sizeof buf, f);
    fclose(f);
    return atoi(buf) == nr && buf[0] != 'r';
}

static void wait_blocked(int i, int nr)
{
    while (!__atomic_load_n(&tids[i], __ATOMIC_ACQUIRE) || !in_syscall(tids[i], nr)) {
        struct timespec ts = {0, 1000 * 1000};
        nanosleep(&ts, NULL);
    }
}

static void at_exit(void)
{
    printf("atexit handler ran\n");
}

int main(void)
{
    pthread_t t;
    alarm(20);
    atexit(at_exit);
    pipe(pipefd);
    create(&t, reader, NULL);
    create(&t, futex_waiter, NULL);
    create(&t, cond_waiter, NULL);
    create(&t, sleeper, NULL);
    wait_blocked(0, SYS_read);
    wait_blocked(1, SYS_futex);
    wait_blocked(2, SYS_futex);
    wait_blocked(3, SYS_clock_nanosleep);
    printf("all four threads blocked; main returns 42\n");
    return 42;
}
