/* fork() from a threaded program. With 3 workers running (counting in a
 * loop), main forks: the child has one thread (/proc/self/task has one
 * entry; the parent had 4), the workers' counters are frozen in it, it
 * creates and joins 4 new threads, uses malloc and stdio, and exits 7 (the
 * parent's waitpid sees it). The parent's workers go on counting after the
 * fork. Then a worker thread (not main) forks: that child's only thread is
 * the forking one, it can create and join a thread, and exits 9; the worker
 * waits for it. */
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
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

static long counters[3];
static int stop;

static int task_count(void)
{
    int n = 0;
    DIR *d = opendir("/proc/self/task");
    struct dirent *e;
    while ((e = readdir(d)))
        if (e->d_name[0] != '.')
            n++;
    closedir(d);
    return n;
}

static void *counter(void *arg)
{
    long id = (long)arg;
    while (!__atomic_load_n(&stop, __ATOMIC_ACQUIRE))
        __atomic_add_fetch(&counters[id], 1, __ATOMIC_RELAXED);
    return NULL;
}

static void *square(void *arg)
{
    long *p = malloc(sizeof *p);
    *p = (long)arg * (long)arg;
    return p;
}

static long run_squares(int n)
{
    pthread_t t[4];
    long sum = 0;
    for (long i = 0; i < n; i++)
        create(&t[i], square, (void *)(i + 1));
    for (int i = 0; i < n; i++) {
        void *r;
        pthread_join(t[i], &r);
        sum += *(long *)r;
        free(r);
    }
    return sum;
}

static void child_of_main(void)
{
    long before[3], frozen = 1;
    memcpy(before, counters, sizeof before);
    usleep(20000);
    for (int i = 0; i < 3; i++)
        frozen &= counters[i] == before[i];
    int tasks = task_count(); /* before any thread of its own */
    char *s = malloc(128);
    snprintf(s, 128, "child: tasks %d, sum of squares %ld, workers frozen: %s", tasks,
             run_squares(4), frozen ? "yes" : "NO");
    /* (no task count after the joins: a joined thread may linger in
     * /proc/self/task a moment after its CLONE_CHILD_CLEARTID wake-up) */
    printf("%s\n", s);
    free(s);
    exit(7);
}

static void wait_child(const char *who, pid_t pid)
{
    int status;
    waitpid(pid, &status, 0);
    printf("%s: child status %s %d\n", who, WIFEXITED(status) ? "exit" : "signal",
           WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
}

static void *forking_worker(void *arg)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        alarm(10); /* alarms are not inherited; the parent's (20 s) must not fire first */
        int tasks = task_count();
        printf("child of a worker: tasks %d, sum of squares %ld\n", tasks, run_squares(1));
        exit(9);
    }
    wait_child("worker", pid);
    return arg;
}

int main(void)
{
    pthread_t t[3];
    alarm(20);
    for (long i = 0; i < 3; i++)
        create(&t[i], counter, (void *)i);
    for (int i = 0; i < 3; i++)
        while (__atomic_load_n(&counters[i], __ATOMIC_RELAXED) == 0)
            sched_yield();
    printf("parent: tasks %d\n", task_count());
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        alarm(10);
        child_of_main();
    }
    wait_child("main", pid);
    long after[3];
    memcpy(after, counters, sizeof after);
    for (int i = 0; i < 3; i++)
        while (__atomic_load_n(&counters[i], __ATOMIC_RELAXED) < after[i] + 1000)
            sched_yield();
    printf("parent: workers still counting after the fork\n");
    __atomic_store_n(&stop, 1, __ATOMIC_RELEASE);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    pthread_t w;
    create(&w, forking_worker, NULL);
    pthread_join(w, NULL);
    return 0;
}
