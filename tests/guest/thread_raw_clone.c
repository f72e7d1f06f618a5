/* Threads made with raw system calls, no glibc pthread: clone with
 * CLONE_VM|FS|FILES|SIGHAND|THREAD|SYSVSEM|SETTLS|PARENT_SETTID|CHILD_CLEARTID
 * on a malloc'd stack, and clone3 (struct clone_args) with the same flags on
 * an mmap'd stack. The child runs a function (no libc: raw syscalls only)
 * that checks %fs:0 is the TLS block it was given, records gettid and getpid,
 * writes a result and calls SYS_exit. The parent checks parent_tid held the
 * new tid as soon as clone returned, waits with FUTEX_WAIT until the kernel
 * clears child_tid, then checks the result, that the child's tid differs from
 * its own and that its pid is the same. A third thread is made without
 * CLONE_FILES: it writes to a pipe and closes the write end in its own fd
 * table; the parent's copy stays open (F_GETFD works) and the byte arrives. */
#include <linux/futex.h>
#include <linux/sched.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define STACK_SIZE (256 * 1024)

/* long raw_clone(flags, stack_top, ptid, ctid, tls): stack_top holds the
 * function and its argument, which the child pops and calls, then SYS_exit. */
long raw_clone(unsigned long flags, void *stack_top, int *ptid, int *ctid, void *tls);
/* long raw_clone3(struct clone_args *, size): the same child side. */
long raw_clone3(struct clone_args *args, size_t size);
asm(".text\n"
    ".globl raw_clone\n"
    "raw_clone:\n"
    "    mov %rcx, %r10\n"
    "    mov $56, %eax\n" /* SYS_clone */
    "    syscall\n"
    "    test %rax, %rax\n"
    "    jz child_side\n"
    "    ret\n"
    ".globl raw_clone3\n"
    "raw_clone3:\n"
    "    mov $435, %eax\n" /* SYS_clone3 */
    "    syscall\n"
    "    test %rax, %rax\n"
    "    jz child_side\n"
    "    ret\n"
    "child_side:\n"
    "    xor %ebp, %ebp\n"
    "    pop %rax\n" /* function */
    "    pop %rdi\n" /* its argument; rsp is back at the 16-aligned top */
    "    call *%rax\n"
    "    mov $60, %eax\n" /* SYS_exit: this thread only */
    "    xor %edi, %edi\n"
    "    syscall\n"
    "    hlt\n");

struct job {
    long input, result;
    long tid, pid;
    long fs_ok;
    int close_fd, write_fd;
    long close_ret, write_ret;
    void *tls;
};

static long sys(long n, long a, long b, long c)
{
    long r;
    asm volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
    return r;
}

/* Runs in the new thread: raw system calls only (its FS is a bare TLS block). */
__attribute__((noinline, no_stack_protector)) static void child(struct job *j)
{
    unsigned long fs0;
    asm volatile("movq %%fs:0, %0" : "=r"(fs0));
    j->fs_ok = fs0 == (unsigned long)j->tls;
    j->tid = sys(SYS_gettid, 0, 0, 0);
    j->pid = sys(SYS_getpid, 0, 0, 0);
    long r = 0;
    for (long i = 1; i <= j->input; i++)
        r += i * i;
    if (j->write_fd >= 0)
        j->write_ret = sys(SYS_write, j->write_fd, (long)"x", 1);
    if (j->close_fd >= 0)
        j->close_ret = sys(SYS_close, j->close_fd, 0, 0);
    j->result = r;
}

static void *stack_top(char *stack, struct job *j)
{
    void **top = (void **)(stack + STACK_SIZE - 16);
    top[0] = (void *)child;
    top[1] = j;
    return top;
}

/* A failed clone ends the test at once (the parent would wait forever). */
static void check(const char *how, long ret)
{
    if (ret < 0) {
        printf("%s: %s\n", how, strerror(-ret));
        exit(1);
    }
}

static void wait_cleared(volatile int *ctid)
{
    int v;
    while ((v = *ctid) != 0)
        sys(SYS_futex, (long)ctid, FUTEX_WAIT, v);
}

static void *new_tls(void)
{
    void **tls = calloc(64, sizeof(void *));
    tls[0] = tls; /* like a TCB: %fs:0 points to itself */
    return tls;
}

static void report(const char *how, long ret, int ptid_at_return, struct job *j)
{
    printf("%s: returned a tid: %s, parent_tid set before return: %s\n", how,
           ret > 0 ? "yes" : "NO", ptid_at_return == ret ? "yes" : "NO");
    printf("%s: child %%fs:0 is its TLS: %s, result %ld\n", how, j->fs_ok ? "yes" : "NO",
           j->result);
    printf("%s: child tid differs: %s, is the returned one: %s, same pid: %s\n", how,
           j->tid != gettid() ? "yes" : "NO", j->tid == ret ? "yes" : "NO",
           j->pid == getpid() ? "yes" : "NO");
}

static const unsigned long flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND |
                                   CLONE_THREAD | CLONE_SYSVSEM | CLONE_SETTLS |
                                   CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID;

static void with_clone(void)
{
    static int ptid, ctid;
    struct job j = {.input = 100, .close_fd = -1, .write_fd = -1, .tls = new_tls()};
    char *stack = malloc(STACK_SIZE);
    ctid = -1;
    long ret = raw_clone(flags, stack_top(stack, &j), &ptid, &ctid, j.tls);
    int seen = ptid;
    check("clone", ret);
    wait_cleared(&ctid);
    report("clone", ret, seen, &j);
    free(stack);
}

static void with_clone3(void)
{
    static int ptid, ctid;
    struct job j = {.input = 200, .close_fd = -1, .write_fd = -1, .tls = new_tls()};
    char *stack =
        mmap(NULL, STACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    stack_top(stack, &j);
    struct clone_args ca;
    memset(&ca, 0, sizeof ca);
    ca.flags = flags;
    ca.parent_tid = (uintptr_t)&ptid;
    ca.child_tid = (uintptr_t)&ctid;
    ca.stack = (uintptr_t)stack;
    ca.stack_size = STACK_SIZE - 16; /* the child starts with rsp at the function slot */
    ca.tls = (uintptr_t)j.tls;
    ctid = -1;
    long ret = raw_clone3(&ca, sizeof ca);
    int seen = ptid;
    check("clone3", ret);
    wait_cleared(&ctid);
    report("clone3", ret, seen, &j);
    munmap(stack, STACK_SIZE);
}

static void without_files(void)
{
    static int ptid, ctid;
    int p[2];
    char c = 0;
    pipe(p);
    struct job j = {.input = 10, .close_fd = p[1], .write_fd = p[1], .tls = new_tls()};
    char *stack = malloc(STACK_SIZE);
    ctid = -1;
    long ret = raw_clone(flags & ~CLONE_FILES, stack_top(stack, &j), &ptid, &ctid, j.tls);
    int seen = ptid;
    check("clone without CLONE_FILES", ret);
    wait_cleared(&ctid);
    report("no CLONE_FILES", ret, seen, &j);
    printf("no CLONE_FILES: child write %ld close %ld; parent's write end still open: %s\n",
           j.write_ret, j.close_ret, fcntl(p[1], F_GETFD) >= 0 ? "yes" : "NO");
    close(p[1]);
    long n = read(p[0], &c, 1);
    printf("no CLONE_FILES: parent read %ld byte '%c', then %s\n", n, c,
           read(p[0], &c, 1) == 0 ? "EOF" : "MORE");
    free(stack);
}

int main(void)
{
    alarm(20);
    with_clone();
    with_clone3();
    without_files();
    return 0;
}
