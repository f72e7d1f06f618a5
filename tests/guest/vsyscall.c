/* Calls into the legacy vsyscall page: with vsyscall=xonly the kernel
 * emulates gettimeofday (+0), time (+0x400) and getcpu (+0x800) and returns
 * to the caller; any other offset, a read of the page, a bad pointer or a
 * bad stack is SIGSEGV. */
#include "child_case.h"

#include <sys/time.h>
#include <time.h>

#define VSYSCALL 0xffffffffff600000UL

typedef long (*Gettimeofday)(struct timeval *, struct timezone *);
typedef long (*Time)(time_t *);
typedef long (*Getcpu)(unsigned *, unsigned *, void *);

static void call_gettimeofday(void)
{
    struct timeval tv;
    long r = ((Gettimeofday)VSYSCALL)(&tv, NULL);
    NOTE("%ld %d", r, tv.tv_sec - time(NULL) <= 1 && time(NULL) - tv.tv_sec <= 1);
}

static void call_time(void)
{
    time_t t = 0;
    long r = ((Time)(VSYSCALL + 0x400))(&t);
    NOTE("%d %d", r == t, r - time(NULL) <= 1 && time(NULL) - r <= 1);
}

static void call_time_null(void)
{
    long r = ((Time)(VSYSCALL + 0x400))(NULL);
    NOTE("%d", r - time(NULL) <= 1 && time(NULL) - r <= 1);
}

static void call_getcpu(void)
{
    unsigned cpu = 1000, node = 1000;
    long r = ((Getcpu)(VSYSCALL + 0x800))(&cpu, &node, NULL);
    NOTE("%ld %d %u", r, cpu < 1000, node);
}

/* Registers other than rax, rip and rsp are the caller's, and the return
 * pops exactly the return address. */
static void registers_kept(void)
{
    long rax, rbx = 7, rcx = 12, rsp_before, rsp_after;
    register long r11 __asm__("r11") = 11;
    __asm__ volatile("mov %%rsp, %[before]\n\t"
                     "mov %[vs], %%rax\n\t"
                     "xor %%edi, %%edi\n\t"
                     "call *%%rax\n\t"
                     "mov %%rsp, %[after]"
                     : "=&a"(rax), [before] "=&r"(rsp_before), [after] "=&r"(rsp_after), "+b"(rbx),
                       "+c"(rcx), "+r"(r11)
                     : [vs] "i"(VSYSCALL + 0x400)
                     : "rdi", "memory");
    NOTE("%d %ld %ld %ld %d", rax > 0, rbx, rcx, r11, rsp_before == rsp_after);
}

static void jump_misaligned(void)
{
    ((Time)(VSYSCALL + 0x10))(NULL);
}

static void bad_pointer(void)
{
    ((Time)(VSYSCALL + 0x400))((time_t *)8);
}

static void read_page(void)
{
    volatile unsigned char *p = (unsigned char *)VSYSCALL;
    NOTE("%d", *p);
}

int main(void)
{
    run_case("gettimeofday", call_gettimeofday);
    run_case("time", call_time);
    run_case("time_null", call_time_null);
    run_case("getcpu", call_getcpu);
    run_case("registers", registers_kept);
    run_case("misaligned", jump_misaligned);
    run_case("bad_pointer", bad_pointer);
    run_case("read", read_page);
    return 0;
}
