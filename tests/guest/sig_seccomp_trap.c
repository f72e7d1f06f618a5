/* A seccomp filter that traps one system call (SECCOMP_RET_TRAP): the
 * call does not run, SIGSYS reaches the handler with si_syscall, si_arch,
 * the filter's data in si_errno and si_call_addr the guest's own rip after
 * its syscall instruction (Shunt's host system call is the one the kernel
 * saw); rax in the context is the call's number, and the value the handler
 * puts there is the call's result. */
#define _GNU_SOURCE
#include <stdio.h>
#include <signal.h>
#include <unistd.h>
#include <stddef.h>
#include <string.h>
#include <ucontext.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <linux/audit.h>
extern char after_call[];
static void on_sigsys(int s, siginfo_t *si, void *u)
{
  (void)s;
  ucontext_t *uc = u;
  printf("SIGSYS code %d syscall %d arch_ok %d call_addr_ok %d rip_ok %d rax %lld errno-data %d\n", si->si_code, si->si_syscall, si->si_arch == AUDIT_ARCH_X86_64, si->si_call_addr == (void*)after_call, uc->uc_mcontext.gregs[REG_RIP] == (greg_t)after_call, (long long)uc->uc_mcontext.gregs[REG_RAX], si->si_errno);
  uc->uc_mcontext.gregs[REG_RAX] = 4242; }
int main() {
  struct sigaction sa = {0}; sa.sa_sigaction = on_sigsys; sa.sa_flags = SA_SIGINFO; sigaction(SIGSYS, &sa, 0);
  struct sock_filter f[] = {
    BPF_STMT(BPF_LD|BPF_W|BPF_ABS, offsetof(struct seccomp_data, nr)),
    BPF_JUMP(BPF_JMP|BPF_JEQ|BPF_K, SYS_getppid, 0, 1),
    BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_TRAP | 7),
    BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ALLOW) };
  struct sock_fprog p = {4, f};
  prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  printf("seccomp %d\n", prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &p));
  long r; asm volatile("syscall\nafter_call:" : "=a"(r) : "a"(SYS_getppid) : "rcx", "r11", "memory");
  printf("getppid returned %ld\n", r);
  return 0;
}
