/* Seccomp filters, case by case, each in a forked child whose wait
 * status the parent prints: an allowlist that lets a program use only
 * what it uses (Shunt's own calls are not the guest's: under Shunt a
 * filter on the host killed the program in its first malloc), ERRNO,
 * TRAP with its siginfo and the call's rax, TRAP on a blocked SIGSYS,
 * KILL_PROCESS, KILL_THREAD of one thread, the precedence of several
 * filters, a filter on arguments and on the instruction pointer, a
 * thread and a fork child inheriting the filter, PR_GET_SECCOMP, a bad
 * program, TSYNC, and a filter that binds the program after execve (and
 * not its Shunt). */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <ucontext.h>
#include <unistd.h>

#define LOAD_NR BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr))
#define IF_NR(nr, ret) BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (nr), 0, 1), BPF_STMT(BPF_RET | BPF_K, (ret))
#define RET(ret) BPF_STMT(BPF_RET | BPF_K, (ret))

static void say(const char *s)
{
    write(1, s, strlen(s));
}

static int install(struct sock_filter *f, unsigned short len)
{
    struct sock_fprog prog = {len, f};
    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
}
#define INSTALL(...)                                                                               \
    do {                                                                                           \
        struct sock_filter f_[] = {__VA_ARGS__};                                                   \
        if (install(f_, sizeof(f_) / sizeof(f_[0])) != 0)                                          \
            say("  install failed\n");                                                            \
    } while (0)

static void report(const char *what, long r)
{
    char line[100];
    snprintf(line, sizeof(line), "  %s: %ld errno %d\n", what, r, r < 0 ? errno : 0);
    say(line);
}

static unsigned work(unsigned x)
{
    for (int i = 0; i < 2000; i++)
        x = x * 33 + (unsigned)i;
    return x;
}

static void case_allowlist(void)
{
    INSTALL(LOAD_NR, IF_NR(SYS_read, SECCOMP_RET_ALLOW), IF_NR(SYS_write, SECCOMP_RET_ALLOW),
            IF_NR(SYS_exit, SECCOMP_RET_ALLOW), IF_NR(SYS_exit_group, SECCOMP_RET_ALLOW),
            IF_NR(SYS_rt_sigreturn, SECCOMP_RET_ALLOW), IF_NR(SYS_brk, SECCOMP_RET_ALLOW),
            IF_NR(SYS_mmap, SECCOMP_RET_ALLOW), IF_NR(SYS_munmap, SECCOMP_RET_ALLOW),
            IF_NR(SYS_newfstatat, SECCOMP_RET_ALLOW), IF_NR(SYS_fstat, SECCOMP_RET_ALLOW),
            IF_NR(SYS_getrandom, SECCOMP_RET_ALLOW), IF_NR(SYS_futex, SECCOMP_RET_ALLOW),
            RET(SECCOMP_RET_KILL_PROCESS));
    char *p = malloc(300000);
    memset(p, 3, 300000);
    printf("  allowlist: %u\n", work((unsigned)p[7]));
    fflush(stdout);
    free(p);
    exit(0);
}

static void case_errno(void)
{
    INSTALL(LOAD_NR, IF_NR(SYS_getpid, SECCOMP_RET_ERRNO | 1234),
            IF_NR(SYS_getppid, SECCOMP_RET_ERRNO | 9999), RET(SECCOMP_RET_ALLOW));
    report("getpid", syscall(SYS_getpid));
    report("getppid (errno capped)", syscall(SYS_getppid));
    report("PR_GET_SECCOMP", prctl(PR_GET_SECCOMP));
    report("strict mode", prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT));
    _exit(1);
}

extern char after_trapped_call[];

static void on_sigsys(int sig, siginfo_t *si, void *uc_)
{
    ucontext_t *uc = uc_;
    char line[200];
    snprintf(line, sizeof(line),
             "  SIGSYS %d code %d syscall %d arch_ok %d errno %d call_addr_ok %d rip_ok %d rax %lld\n",
             sig, si->si_code, si->si_syscall, si->si_arch == AUDIT_ARCH_X86_64, si->si_errno,
             si->si_call_addr == (void *)after_trapped_call,
             uc->uc_mcontext.gregs[REG_RIP] == (greg_t)after_trapped_call,
             (long long)uc->uc_mcontext.gregs[REG_RAX]);
    say(line);
    uc->uc_mcontext.gregs[REG_RAX] = 77;
}

static long trapped_getppid(void)
{
    long r;
    __asm__ volatile("syscall\n\t.globl after_trapped_call\nafter_trapped_call:"
                     : "=a"(r)
                     : "a"((long)SYS_getppid)
                     : "rcx", "r11", "memory");
    return r;
}

static void case_trap(void)
{
    struct sigaction sa = {0};
    sa.sa_sigaction = on_sigsys;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSYS, &sa, NULL);
    INSTALL(LOAD_NR, IF_NR(SYS_getppid, SECCOMP_RET_TRAP | 42), RET(SECCOMP_RET_ALLOW));
    report("trapped getppid", trapped_getppid());
    _exit(2);
}

static void case_trap_blocked(void)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGSYS);
    sigprocmask(SIG_BLOCK, &set, NULL);
    INSTALL(LOAD_NR, IF_NR(SYS_getppid, SECCOMP_RET_TRAP), RET(SECCOMP_RET_ALLOW));
    syscall(SYS_getppid);
    say("  not reached\n");
    _exit(3);
}

static void case_kill_process(void)
{
    INSTALL(LOAD_NR, IF_NR(SYS_getppid, SECCOMP_RET_KILL_PROCESS), RET(SECCOMP_RET_ALLOW));
    say("  before\n");
    syscall(SYS_getppid);
    say("  not reached\n");
    _exit(4);
}

static void *killed_thread(void *arg)
{
    (void)arg;
    syscall(SYS_getppid);
    say("  not reached\n");
    return NULL;
}

static void case_kill_thread(void)
{
    INSTALL(LOAD_NR, IF_NR(SYS_getppid, SECCOMP_RET_KILL_THREAD), RET(SECCOMP_RET_ALLOW));
    pthread_t t;
    pthread_create(&t, NULL, killed_thread, NULL);
    pthread_join(t, NULL);
    say("  the thread is gone, the process goes on\n");
    _exit(5);
}

static void case_precedence(void)
{
    INSTALL(RET(SECCOMP_RET_ALLOW));
    INSTALL(LOAD_NR, IF_NR(SYS_getppid, SECCOMP_RET_ERRNO | 5), RET(SECCOMP_RET_LOG));
    INSTALL(LOAD_NR, IF_NR(SYS_getppid, SECCOMP_RET_ERRNO | 7), IF_NR(SYS_getpid, SECCOMP_RET_ERRNO | 8),
            RET(SECCOMP_RET_ALLOW));
    report("getppid, ERRNO 5 then ERRNO 7", syscall(SYS_getppid));
    report("getpid, ERRNO 8 over LOG", syscall(SYS_getpid));
    _exit(6);
}

static void case_arguments(void)
{
    /* write to fd 2 refused, to fd 1 allowed; the args' high word checked too */
    INSTALL(LOAD_NR, BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_write, 0, 4),
            BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0]) + 4),
            BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 3),
            BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0])),
            BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 2, 1, 0), RET(SECCOMP_RET_ALLOW),
            RET(SECCOMP_RET_ERRNO | EACCES));
    report("write to fd 2", write(2, "x\n", 2));
    report("write to fd 1", write(1, "  written\n", 10));
    _exit(7);
}

extern char after_ip_call[];

static void case_instruction_pointer(void)
{
    uint64_t ip = (uint64_t)(uintptr_t)after_ip_call;
    INSTALL(BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, instruction_pointer)),
            BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (uint32_t)ip, 0, 3),
            BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, instruction_pointer) + 4),
            BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (uint32_t)(ip >> 32), 0, 1),
            RET(SECCOMP_RET_ERRNO | 33), RET(SECCOMP_RET_ALLOW));
    long r;
    __asm__ volatile("syscall\n\t.globl after_ip_call\nafter_ip_call:"
                     : "=a"(r)
                     : "a"((long)SYS_getppid)
                     : "rcx", "r11", "memory");
    report("getppid at the filtered address", r);
    report("getppid elsewhere", syscall(SYS_getppid) > 0);
    _exit(8);
}

static void *inheriting_thread(void *arg)
{
    (void)arg;
    report("getppid in a thread made after", syscall(SYS_getppid));
    return NULL;
}

static void case_inherited(void)
{
    INSTALL(LOAD_NR, IF_NR(SYS_getppid, SECCOMP_RET_ERRNO | 21), RET(SECCOMP_RET_ALLOW));
    pthread_t t;
    pthread_create(&t, NULL, inheriting_thread, NULL);
    pthread_join(t, NULL);
    pid_t pid = fork();
    if (pid == 0) {
        report("getppid in a fork child", syscall(SYS_getppid));
        _exit(0);
    }
    waitpid(pid, NULL, 0);
    _exit(9);
}

static int sync_pipe[2], back_pipe[2];
static volatile pid_t other_tid;

static void *synced_thread(void *arg)
{
    other_tid = (pid_t)syscall(SYS_gettid);
    if (arg) /* a filter of its own: the caller's chain did not grow from it */
        INSTALL(LOAD_NR, IF_NR(SYS_getpid, SECCOMP_RET_ERRNO | 3), RET(SECCOMP_RET_ALLOW));
    write(back_pipe[1], "r", 1);
    char c;
    read(sync_pipe[0], &c, 1);
    long r = syscall(SYS_getppid);
    report("getppid in the other thread (1: a pid)", r > 0 ? 1 : r);
    return NULL;
}

/* SECCOMP_FILTER_FLAG_TSYNC: the other thread gets the filter; or, when
 * its own chain is not one the caller's grew from, the call names it. */
static void tsync(bool diverged)
{
    pipe(sync_pipe);
    pipe(back_pipe);
    pthread_t t;
    pthread_create(&t, NULL, synced_thread, diverged ? (void *)1 : NULL);
    char c;
    read(back_pipe[0], &c, 1);
    struct sock_filter f[] = {LOAD_NR, IF_NR(SYS_getppid, SECCOMP_RET_ERRNO | 61),
                              RET(SECCOMP_RET_ALLOW)};
    struct sock_fprog prog = {4, f};
    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    long r = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC, &prog);
    report("TSYNC names the other thread", r == other_tid);
    report("TSYNC", r > 0 ? 1 : r);
    if (diverged)
        report("TSYNC_ESRCH", syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
                                      SECCOMP_FILTER_FLAG_TSYNC | SECCOMP_FILTER_FLAG_TSYNC_ESRCH,
                                      &prog));
    write(sync_pipe[1], "g", 1);
    pthread_join(t, NULL);
    r = syscall(SYS_getppid);
    report("getppid in the caller (1: a pid)", r > 0 ? 1 : r);
}

static void case_tsync(void)
{
    tsync(false);
    _exit(12);
}

static void case_tsync_diverged(void)
{
    tsync(true);
    _exit(13);
}

static void case_bad_program(void)
{
    struct sock_filter bad[] = {BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 3), RET(SECCOMP_RET_ALLOW)};
    report("a misaligned load", install(bad, 2));
    struct sock_filter no_ret[] = {LOAD_NR};
    report("no return", install(no_ret, 1));
    report("an empty program", install(no_ret, 0));
    report("PR_GET_SECCOMP", prctl(PR_GET_SECCOMP));
    _exit(10);
}

/* The filter binds the program after execve. Calls a C program does not
 * make at start-up, and a translator does (its signal stack, its
 * membarrier, its reads of guest memory), kill: the new program's Shunt
 * must keep the filter, not run under it. */
static void case_exec(void)
{
    INSTALL(LOAD_NR, IF_NR(SYS_getppid, SECCOMP_RET_ERRNO | 55),
            IF_NR(SYS_sigaltstack, SECCOMP_RET_KILL_PROCESS),
            IF_NR(SYS_membarrier, SECCOMP_RET_KILL_PROCESS),
            IF_NR(SYS_process_vm_readv, SECCOMP_RET_KILL_PROCESS), RET(SECCOMP_RET_ALLOW));
    execl("/proc/self/exe", "seccomp_filter", "exec-child", (char *)NULL);
    say("  exec failed\n");
    _exit(1);
}

static void run(const char *name, void (*fn)(void))
{
    say(name);
    say(":\n");
    pid_t pid = fork();
    if (pid == 0)
        fn();
    int status;
    waitpid(pid, &status, 0);
    char line[60];
    if (WIFEXITED(status))
        snprintf(line, sizeof(line), "  exit status %d\n", WEXITSTATUS(status));
    else
        snprintf(line, sizeof(line), "  killed by signal %d\n", WTERMSIG(status));
    say(line);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "exec-child") == 0) {
        report("getppid after execve", syscall(SYS_getppid));
        report("PR_GET_SECCOMP after execve", prctl(PR_GET_SECCOMP));
        return 11;
    }
    setvbuf(stdout, NULL, _IONBF, 0);
    run("allowlist", case_allowlist);
    run("errno", case_errno);
    run("trap", case_trap);
    run("trap, SIGSYS blocked", case_trap_blocked);
    run("kill process", case_kill_process);
    run("kill thread", case_kill_thread);
    run("precedence", case_precedence);
    run("arguments", case_arguments);
    run("instruction pointer", case_instruction_pointer);
    run("inherited", case_inherited);
    run("bad programs", case_bad_program);
    run("TSYNC", case_tsync);
    run("TSYNC, a thread with a filter of its own", case_tsync_diverged);
    run("execve", case_exec);
    return 0;
}
