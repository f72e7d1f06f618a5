/* The first thread (main) calls pthread_exit while two threads live on:
 * the process's id then names a zombie with no memory. Shunt copied guest
 * memory for system calls through process_vm_readv/writev on the
 * process's id, which failed from then on: the threads started just
 * before could not restore their signal mask (rt_sigprocmask read EFAULT:
 * they kept every signal blocked), and the exiting thread's clear-tid word
 * was never zeroed, so pthread_join waited forever. Here one thread
 * sleeps, then exits; the other joins it, then reads /proc/self/status and
 * its own signal mask, after main is gone. */
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void *late(void *arg)
{
    struct timespec ts = {0, 100 * 1000 * 1000};
    nanosleep(&ts, NULL);
    return arg;
}

static void *joiner(void *arg)
{
    void *result;
    pthread_join(*(pthread_t *)arg, &result);
    char buf[256];
    int fd = open("/proc/self/status", O_RDONLY);
    ssize_t n = read(fd, buf, sizeof(buf) - 1);
    sigset_t mask;
    pthread_sigmask(SIG_BLOCK, NULL, &mask);
    printf("joined %ld after main exited; /proc/self/status read %s; SIGTERM blocked %d\n",
           (long)result, n > 0 ? "ok" : "failed", sigismember(&mask, SIGTERM));
    return NULL;
}

int main(void)
{
    static pthread_t a, b;
    alarm(20);
    pthread_create(&a, NULL, late, (void *)7);
    pthread_create(&b, NULL, joiner, &a);
    pthread_exit(NULL);
}
