/* Seccomp's strict mode, case by case, each in a forked child whose wait
 * status the parent prints: read, write, exit and rt_sigreturn are allowed
 * (int 0x80: read, write, exit, sigreturn); any other call, one through
 * the vsyscall page too, kills the calling thread alone with SIGKILL;
 * rdtsc faults; a thread that reaches new code after entering the mode
 * runs on (the system calls Shunt makes to translate it are not the
 * guest's); with a filter in place, strict mode is refused. */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <ucontext.h>
#include <unistd.h>

static void say(const char *s)
{
    write(1, s, strlen(s));
}

static long raw1(long nr, long a)
{
    long r;
    __asm__ volatile("syscall" : "=a"(r) : "a"(nr), "D"(a) : "rcx", "r11", "memory");
    return r;
}

static long raw3(long nr, long a, long b, long c)
{
    long r;
    __asm__ volatile("syscall" : "=a"(r) : "a"(nr), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
    return r;
}

static void strict_by_prctl(void)
{
    if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT) != 0)
        say("prctl failed\n");
}

static void strict_by_syscall(void)
{
    if (syscall(SYS_seccomp, SECCOMP_SET_MODE_STRICT, 0, NULL) != 0)
        say("seccomp failed\n");
}

/* Much code the thread has not run yet: under Shunt, all of it is
 * translated after the mode is entered. */
__attribute__((noinline)) static unsigned fresh_code(unsigned x)
{
    char buf[64];
    for (int i = 0; i < 40; i++) {
        x = x * 2654435761u + (unsigned)i;
        buf[i % 64] = (char)('a' + x % 26);
        if (x % 7 == 3)
            x ^= (unsigned)buf[(i * 5) % 64];
    }
    return x;
}

static void case_exit(void)
{
    strict_by_prctl();
    say("  write allowed\n");
    raw1(SYS_exit, 3);
}

static void case_getpid(void)
{
    strict_by_syscall();
    say("  before getpid\n");
    raw1(SYS_getpid, 0);
    say("  not reached\n");
    raw1(SYS_exit, 0);
}

static void case_new_code(void)
{
    strict_by_prctl();
    char line[40];
    snprintf(line, sizeof(line), "  fresh code: %u\n", fresh_code(7));
    say(line);
    raw1(SYS_exit, 4);
}

static void case_high_bits(void)
{
    strict_by_prctl();
    static const char msg[] = "  write with rax 0x100000001\n";
    raw3(0x100000001L, 1, (long)msg, sizeof(msg) - 1);
    raw3(0x40000000L, 0, 0, 0); /* x32 read: not one of the four */
    say("  not reached\n");
    raw1(SYS_exit, 0);
}

static void case_int80(void)
{
    static const char text[] = "  int 0x80 write\n";
    /* int 0x80 takes 32-bit pointers */
    char *msg = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT,
                     -1, 0);
    memcpy(msg, text, sizeof(text));
    strict_by_prctl();
    long r;
    __asm__ volatile("int $0x80"
                     : "=a"(r)
                     : "a"(4L), "b"(1L), "c"((long)msg), "d"((long)sizeof(text) - 1)
                     : "memory");
    __asm__ volatile("int $0x80" : "=a"(r) : "a"(20L) : "memory"); /* getpid */
    say("  not reached\n");
    raw1(SYS_exit, 0);
}

/* The vsyscall page's time(): a system call to the mode. */
static void case_vsyscall(void)
{
    long (*vtime)(long *) = (long (*)(long *))0xffffffffff600400L;
    strict_by_prctl();
    say("  calling the vsyscall page\n");
    vtime(NULL);
    say("  not reached\n");
    raw1(SYS_exit, 0);
}

static void on_segv(int sig, siginfo_t *info, void *uc_)
{
    ucontext_t *uc = uc_;
    char line[80];
    snprintf(line, sizeof(line), "  signal %d code %d trapno %lld\n", sig, info->si_code,
             (long long)uc->uc_mcontext.gregs[REG_TRAPNO]);
    say(line);
    uc->uc_mcontext.gregs[REG_RIP] += 2; /* past the rdtsc */
}

static void case_rdtsc(void)
{
    struct sigaction sa = {0};
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    strict_by_prctl();
    unsigned lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    say("  after rdtsc\n");
    raw1(SYS_exit, 5);
}

static void on_usr1(int sig)
{
    (void)sig;
    say("  SIGUSR1 handled\n");
}

static int pipe_fds[2], ready_fds[2];

static void case_signal(void)
{
    struct sigaction sa = {0};
    sa.sa_handler = on_usr1;
    sigaction(SIGUSR1, &sa, NULL);
    strict_by_prctl();
    say("  waiting\n");
    raw3(SYS_write, ready_fds[1], (long)"r", 1);
    char c;
    long r;
    do /* the handler's return is rt_sigreturn; read is interrupted */
        r = raw3(SYS_read, pipe_fds[0], (long)&c, 1);
    while (r != 1);
    raw1(SYS_exit, 6);
}

static void case_filter_first(void)
{
    struct sock_filter allow[] = {BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)};
    struct sock_fprog prog = {1, allow};
    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) != 0)
        say("  filter refused\n");
    int r = prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT);
    char line[60];
    snprintf(line, sizeof(line), "  strict after a filter: %d %s\n", r, r ? strerror(errno) : "");
    say(line);
    _exit(7);
}

static void *strict_thread(void *arg)
{
    (void)arg;
    strict_by_prctl();
    say("  thread in strict mode\n");
    raw1(SYS_getpid, 0);
    say("  not reached\n");
    return NULL;
}

/* A thread broken by the mode dies alone: pthread_join sees it go. */
static void case_thread(void)
{
    pthread_t t;
    pthread_create(&t, NULL, strict_thread, NULL);
    pthread_join(t, NULL);
    say("  joined\n");
    _exit(8);
}

/* Whether the first task is a zombie: it has gone through do_exit. */
static bool leader_gone(void)
{
    char path[64], stat[256];
    snprintf(path, sizeof(path), "/proc/self/task/%d/stat", getpid());
    FILE *f = fopen(path, "r");
    if (!f)
        return true;
    size_t n = fread(stat, 1, sizeof(stat) - 1, f);
    fclose(f);
    stat[n] = 0;
    const char *state = strrchr(stat, ')');
    return !state || state[2] == 'Z';
}

static void *outliving_thread(void *arg)
{
    (void)arg;
    char c;
    read(pipe_fds[0], &c, 1);
    /* The wait status is the last task's to exit: this one, once the
     * first task is gone. */
    for (int i = 0; i < 10000 && !leader_gone(); i++)
        usleep(1000);
    say("  other thread goes on\n");
    raw1(SYS_exit, 9); /* the last task: the status is the leader's */
    return NULL;
}

/* The first task dies, and the process lives on in its other thread. */
static void case_leader(void)
{
    pthread_t t;
    pthread_create(&t, NULL, outliving_thread, NULL);
    strict_by_prctl();
    say("  leader in strict mode\n");
    raw3(SYS_write, pipe_fds[1], (long)"x", 1);
    raw1(SYS_getpid, 0);
    say("  not reached\n");
    raw1(SYS_exit, 0);
}

static void run(const char *name, void (*fn)(void), bool signal)
{
    say(name);
    say(":\n");
    if (pipe(pipe_fds) != 0 || pipe(ready_fds) != 0)
        exit(1);
    pid_t pid = fork();
    if (pid == 0) {
        fn();
        _exit(1);
    }
    if (signal) { /* once the child is in the mode */
        char c;
        read(ready_fds[0], &c, 1);
        kill(pid, SIGUSR1);
        write(pipe_fds[1], "x", 1);
    }
    int status;
    waitpid(pid, &status, 0);
    char line[60];
    if (WIFEXITED(status))
        snprintf(line, sizeof(line), "  exit status %d\n", WEXITSTATUS(status));
    else
        snprintf(line, sizeof(line), "  killed by signal %d\n", WTERMSIG(status));
    say(line);
    close(pipe_fds[0]);
    close(pipe_fds[1]);
    close(ready_fds[0]);
    close(ready_fds[1]);
}

int main(void)
{
    run("exit", case_exit, false);
    run("getpid", case_getpid, false);
    run("new code", case_new_code, false);
    run("high bits", case_high_bits, false);
    run("int 0x80", case_int80, false);
    run("vsyscall", case_vsyscall, false);
    run("rdtsc", case_rdtsc, false);
    run("signal", case_signal, true);
    run("filter first", case_filter_first, false);
    run("thread", case_thread, false);
    run("leader", case_leader, false);
    return 0;
}
