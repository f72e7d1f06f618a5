/*
 * scan/probe.c: what this CPU does with bytes Zydis will not decode.
 *
 * Zydis's tables and the CPU disagree at the edges: this AMD CPU runs
 * `lock verw`, which Zydis refuses, and raises #GP (not #UD) for prefixed
 * forms of `vmcall`. Where the answer depends on the CPU, the CPU gives it:
 * the bytes run once in a forked child, single-stepped with the trap flag,
 * on registers that all point into a scratch area. The child reports how
 * the step ended: a trap just after the start means the instruction ran
 * and gives its length; a fault at the start gives its signal.
 *
 * An instruction the CPU runs but Zydis cannot decode is then copied as it
 * is: it is assumed neither to branch (a taken branch would trap outside
 * its bytes: such bytes are treated as undecodable) nor to address memory
 * relative to rip, which nothing Zydis refuses has been seen to do.
 */
#include "scan/scan_internal.h"

#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <ucontext.h>
#include <unistd.h>

#define FLAG_TF 0x100
#define PROBE_PAGES 4

typedef struct ProbeReport {
    int32_t signo;
    int64_t offset; /* of rip from the start of the bytes */
} ProbeReport;

/* The child's probe: written in the forked child before any handler can
 * run, never in Shunt itself (the handler of a signal needs a static). */
static struct {
    uint8_t *code;
    uint8_t *scratch;
    int fd;
} probe_child_state;

static void set_registers(greg_t *g)
{
    static const int regs[] = {REG_RAX, REG_RBX, REG_RCX, REG_RDX, REG_RSI,
                               REG_RDI, REG_RBP, REG_R8,  REG_R9,  REG_R10,
                               REG_R11, REG_R12, REG_R13, REG_R14, REG_R15};
    for (size_t i = 0; i < sizeof(regs) / sizeof(regs[0]); i++)
        g[regs[i]] = (greg_t)(uintptr_t)probe_child_state.scratch;
    g[REG_RSP] = (greg_t)(uintptr_t)probe_child_state.scratch;
}

/* The handler runs on the probed instruction's stack (the scratch area),
 * where AddressSanitizer's stack bookkeeping must stay out of the way. */
__attribute__((no_sanitize_address)) static void probe_handler(int signo, siginfo_t *info,
                                                               void *context)
{
    (void)info;
    greg_t *g = ((ucontext_t *)context)->uc_mcontext.gregs;
    uint64_t rip = (uint64_t)g[REG_RIP];
    if (signo == SIGTRAP && rip == (uint64_t)(uintptr_t)probe_child_state.code) {
        set_registers(g); /* about to run the instruction: TF stays set */
        return;
    }
    ProbeReport report = {signo, (int64_t)(rip - (uint64_t)(uintptr_t)probe_child_state.code)};
    ssize_t n = write(probe_child_state.fd, &report, sizeof(report));
    _exit(n == sizeof(report) ? 0 : 1);
}

__attribute__((noreturn)) static void probe_child(const uint8_t *bytes, size_t len, int fd)
{
    uint8_t *area = mmap(NULL, PROBE_PAGES * PAGE_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC,
                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (area == MAP_FAILED)
        _exit(1);
    memcpy(area, bytes, len);
    probe_child_state.code = area;
    probe_child_state.scratch = area + 2 * PAGE_SIZE;
    probe_child_state.fd = fd;
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = probe_handler;
    sa.sa_flags = SA_SIGINFO;
    const int signals[] = {SIGTRAP, SIGILL, SIGSEGV, SIGBUS, SIGFPE};
    for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++)
        sigaction(signals[i], &sa, NULL);
    /* popf sets TF; the jmp after it completes, then traps at the code. */
    __asm__ volatile("pushfq\n\t"
                     "orq %1, (%%rsp)\n\t"
                     "popfq\n\t"
                     "jmp *%0"
                     :
                     : "r"(area), "i"(FLAG_TF)
                     : "memory");
    _exit(1);
}

int scan_probe_cpu(const uint8_t *bytes, size_t len, uint8_t *length)
{
    *length = 0;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return SIGILL;
    pid_t child = fork();
    if (child == 0)
        probe_child(bytes, len, fds[1]);
    close(fds[1]);
    ProbeReport report = {SIGILL, 0};
    bool got = child > 0 && read(fds[0], &report, sizeof(report)) == sizeof(report);
    close(fds[0]);
    if (child > 0)
        waitpid(child, NULL, 0);
    if (!got)
        return SIGILL;
    if (report.signo == SIGTRAP && report.offset > 0 && (size_t)report.offset <= len) {
        *length = (uint8_t)report.offset; /* it ran, and this is its length */
        return 0;
    }
    return report.offset == 0 ? report.signo : SIGILL;
}
