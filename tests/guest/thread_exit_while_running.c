/* exit() from a thread while the others are busy. Main process: one worker
 * calls exit(3) while another spins in arithmetic, one blocks in read() on an
 * empty pipe, one in nanosleep and main in pthread_join: the status is 3 and
 * the atexit handler ran exactly once (it prints; stdio is flushed by exit).
 * First, in forked children (the parent is still single-threaded then):
 * main calls pthread_exit and the last worker simply returns (glibc then
 * calls exit(0): status 0, atexit ran once, after the workers' results), and
 * main calls pthread_exit while one worker calls exit(5) and another is
 * blocked in read() (status 5). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

static int pipefd[2];
static int running;
static long results[2];

static void at_exit(void)
{
    printf("atexit handler ran\n");
}

static void arrived(void)
{
    __atomic_add_fetch(&running, 1, __ATOMIC_RELEASE);
}

static void *spinner(void *arg)
{
    unsigned long x = 1;
    arrived();
    for (;;) {
        x = x * 6364136223846793005ul + 1;
        asm volatile("" : "+r"(x));
    }
    return arg;
}

static void *reader(void *arg)
{
    char c;
    arrived();
    read(pipefd[0], &c, 1); /* never written */
    return arg;
}

static void *sleeper(void *arg)
{
    struct timespec ts = {100, 0};
    arrived();
    nanosleep(&ts, NULL);
    return arg;
}

static void *exit_when_all_run(void *arg)
{
    while (__atomic_load_n(&running, __ATOMIC_ACQUIRE) < (long)arg)
        sched_yield();
    struct timespec ts = {0, 20 * 1000 * 1000}; /* let the blockers reach their calls */
    nanosleep(&ts, NULL);
    exit(arg == (void *)3 ? 3 : 5);
}

static void *compute(void *arg)
{
    long id = (long)arg, r = 0;
    for (long i = 0; i < 1000000 * (id + 1); i++)
        r += i % 7;
    results[id] = r;
    return NULL;
}

static void *report_results(void *arg)
{
    pthread_join(*(pthread_t *)arg, NULL); /* the other worker */
    printf("workers computed %ld and %ld\n", results[0], results[1]);
    return NULL; /* the last thread: glibc calls exit(0) */
}

static void child_returns(void)
{
    static pthread_t t0, t1;
    atexit(at_exit);
    create(&t0, compute, (void *)0);
    compute((void *)1);
    create(&t1, report_results, &t0);
    pthread_exit(NULL);
}

static void child_exit5(void)
{
    pthread_t t;
    atexit(at_exit);
    create(&t, reader, NULL);
    create(&t, exit_when_all_run, (void *)1);
    pthread_exit(NULL);
}

static void in_child(const char *what, void (*fn)(void))
{
    printf("%s:\n", what);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        alarm(10); /* alarms are not inherited; the parent's (20 s) must not fire first */
        fn();
    }
    int status;
    waitpid(pid, &status, 0);
    printf("  status: %s %d\n", WIFEXITED(status) ? "exit" : "signal",
           WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
}

int main(void)
{
    pthread_t t;
    alarm(20);
    pipe(pipefd);
    in_child("child: main pthread_exit, last worker returns", child_returns);
    in_child("child: main pthread_exit, worker exit(5), another in read", child_exit5);
    printf("main: worker exit(3) while others spin, read, sleep and main joins\n");
    fflush(stdout);
    running = 0;
    atexit(at_exit);
    create(&t, spinner, NULL);
    create(&t, reader, NULL);
    create(&t, sleeper, NULL);
    create(&t, exit_when_all_run, (void *)3);
    pthread_join(t, NULL);
    printf("NOT REACHED\n");
    return 0;
}
