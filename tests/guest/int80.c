/* int 0x80 from 64-bit code: the kernel's 32-bit system-call table (eax =
 * ia32 number, arguments in ebx, ecx, edx, esi, edi, ebp, result in rax,
 * only the low 32 bits of pointers reach the kernel), and the calls Shunt
 * emulates reached through it (brk, mmap2, old mmap, munmap, clone, exit,
 * exit_group). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static long int80(long nr, long a, long b, long c)
{
    long r;
    __asm__ volatile("int $0x80" : "=a"(r) : "a"(nr), "b"(a), "c"(b), "d"(c) : "memory");
    return r;
}

static long int80_6(long nr, long a, long b, long c, long d, long e, long f)
{
    long r;
    register long r8 __asm__("r8") = f;
    __asm__ volatile("xchg %%r8, %%rbp\n\tint $0x80\n\txchg %%r8, %%rbp"
                     : "=a"(r), "+r"(r8)
                     : "a"(nr), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e)
                     : "memory");
    return r;
}

/* Every register but rax survives (unlike syscall, which clobbers rcx and r11). */
static void registers_kept(void)
{
    long r, rcx = 0x1111, r11 = 0x2222, r8 = 0x3333;
    __asm__ volatile("mov %[r8], %%r8\n\tmov %[r11], %%r11\n\tint $0x80\n\t"
                     "mov %%r8, %[r8]\n\tmov %%r11, %[r11]"
                     : "=a"(r), "+c"(rcx), [r11] "+r"(r11), [r8] "+r"(r8)
                     : "a"(20L)
                     : "r8", "r11", "memory");
    printf("kept: rcx %lx r11 %lx r8 %lx pid ok %d\n", rcx, r11, r8, r == getpid());
}

/* vfork (190): the child's rcx and r11 are the parent's (int 0x80 keeps
 * them); it reports them by exit status. */
static void vfork_registers(void)
{
    long r;
    register long r11 __asm__("r11") = 0x22;
    long rcx = 0x11;
    fflush(stdout);
    __asm__ volatile("int $0x80\n\t"
                     "test %%rax, %%rax\n\t"
                     "jnz 1f\n\t"
                     "lea (%%rcx, %%r11), %%rbx\n\t" /* exit(rcx + r11) */
                     "mov $1, %%eax\n\t"
                     "int $0x80\n"
                     "1:"
                     : "=a"(r), "+c"(rcx), "+r"(r11)
                     : "a"(190L)
                     : "rbx", "memory");
    int status = 0;
    waitpid((pid_t)r, &status, 0);
    printf("vfork child: exit %#x\n", WEXITSTATUS(status));
}

int main(void)
{
    static const char msg[] = "written by int 0x80\n";
    /* A static buffer of a PIE may lie above 4 GiB: copy it below. */
    char *low = mmap((void *)0x10000000, 4096, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    memcpy(low, msg, sizeof(msg));
    fflush(stdout);
    printf("write: %ld\n", int80(4, 1, (long)low, sizeof(msg) - 1));
    printf("getpid: %d\n", int80(20, 0, 0, 0) == getpid());
    printf("invalid: %ld\n", int80(9999, 0, 0, 0));
    printf("negative: %ld\n", int80(-1, 0, 0, 0));
    /* Above 4 GiB (and above the sanitizer build's shadow), truncated to 0: EFAULT. */
    char *high = mmap((void *)0x200000000000, 4096, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    memcpy(high, msg, sizeof(msg));
    printf("high pointer: %ld\n", int80(4, 1, (long)high, 5));
    /* Truncated to a valid low address: writes from there. */
    char *alias = mmap((void *)0x200010000000, 4096, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    fflush(stdout);
    printf("alias: %ld\n", int80(4, 1, (long)alias, 8));
    registers_kept();
    long brk0 = int80(45, 0, 0, 0);
    printf("brk(0) is the 64-bit one: %d\n", brk0 == (long)sbrk(0));
    /* flags 0: EINVAL. All six arguments given: esi, edi and ebp left as
     * the compiler had them made the flags a pointer's low bits (at times
     * MAP_FIXED_NOREPLACE over a mapping: EEXIST, natively too). */
    long m = int80_6(192, 0, 4096, PROT_READ | PROT_WRITE, 0, -1, 0);
    printf("mmap2 no flags: %ld\n", m);
    long fixed = int80_6(192, 0x30000000, 8192, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    printf("mmap2 fixed: %lx\n", fixed);
    ((char *)fixed)[8191] = 1;
    printf("munmap: %ld\n", int80(91, fixed, 8192, 0));
    /* old mmap (90): its six arguments are 32-bit words at ebx. */
    unsigned *block = (unsigned *)(low + 1024);
    unsigned words[6] = {0x31000000, 4096, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, 0xffffffff, 0};
    memcpy(block, words, sizeof(words));
    printf("old mmap: %lx\n", int80(90, (long)block, 0, 0));
    block[5] = 100;
    printf("old mmap, unaligned offset: %ld\n", int80(90, (long)block, 0, 0));
    /* clone (120) as a fork; the child leaves with exit (1). */
    fflush(stdout);
    long pid = int80(120, SIGCHLD, 0, 0);
    if (pid == 0)
        int80(1, 5, 0, 0);
    int status = 0;
    waitpid((pid_t)pid, &status, 0);
    printf("clone child: exit %d\n", WEXITSTATUS(status));
    vfork_registers();
    fflush(stdout);
    int80(252, 7, 0, 0); /* exit_group(7) */
    return 1;
}
