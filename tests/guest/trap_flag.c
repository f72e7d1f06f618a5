// cflags: -mno-red-zone
/* The trap flag, each case in a child that dies of SIGTRAP: set with popf,
 * the first trap comes after the instruction that follows popf. Before a
 * write syscall, the write happens ("x" is printed) and the trap follows it.
 * Before an ordinary instruction, that instruction runs (a counter in shared
 * memory shows how many incl instructions ran). Before a taken jump, the
 * jump runs and the trap comes at its target. A popf that clears TF still
 * traps after itself. */
#include <stdint.h>
#include <sys/mman.h>
#include "child_case.h"

static volatile int *counter;

#define SET_TF "pushfq\n\torq $0x100, (%%rsp)\n\tpopfq\n\t"

static void c_syscall_write(void)
{
    static const char x[] = "x\n";
    asm volatile("mov $1, %%eax\n\tmov $1, %%edi\n\tmov %0, %%rsi\n\t"
                 "mov $2, %%edx\n\t" SET_TF "syscall\n\t"
                 "incl (%1)\n\tincl (%1)"
                 : : "r"(x), "r"(counter)
                 : "rax", "rdi", "rsi", "rdx", "rcx", "r11", "memory", "cc");
}
static void c_syscall_getpid(void)
{
    asm volatile("mov $39, %%eax\n\t" SET_TF "syscall\n\t"
                 "incl (%0)\n\tincl (%0)"
                 : : "r"(counter) : "rax", "rcx", "r11", "memory", "cc");
}
static void c_ordinary(void)
{
    asm volatile(SET_TF "incl (%0)\n\tincl (%0)\n\tincl (%0)"
                 : : "r"(counter) : "memory", "cc");
}
static void c_jump(void)
{
    asm volatile(SET_TF "jmp 1f\n\tincl (%0)\n1:\tincl (%0)\n\tincl (%0)"
                 : : "r"(counter) : "memory", "cc");
}
static void c_clear_tf(void)
{
    asm volatile("pushfq\n\tpushfq\n\torq $0x100, (%%rsp)\n\tpopfq\n\t"
                 "popfq\n\tincl (%0)\n\tincl (%0)"
                 : : "r"(counter) : "memory", "cc");
}

static void run(const char *name, void (*fn)(void))
{
    *counter = 0;
    run_case(name, fn);
    printf("%s: %d incl ran\n", name, *counter);
}

int main(void)
{
    counter = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
                   -1, 0);
    run("syscall_write", c_syscall_write);
    run("syscall_getpid", c_syscall_getpid);
    run("ordinary", c_ordinary);
    run("taken_jump", c_jump);
    run("popf_clearing_tf", c_clear_tf);
    return 0;
}
