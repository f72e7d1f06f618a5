// cflags: -fnon-call-exceptions
/* A C++ exception thrown from a signal handler unwinds through the signal
 * frame (the unwinder recognises the sigreturn trampoline at the handler's
 * return address and reads the interrupted registers from the ucontext),
 * runs the destructors of the interrupted frames and is caught in main. The
 * faults: a load through a bad pointer in a non-inline function (SIGSEGV,
 * SA_NODEFER so the next fault is not blocked), three times in a row; an
 * integer division by zero (SIGFPE, without SA_NODEFER: SIGFPE stays blocked
 * after the catch, as natively, until main unblocks it); a fault two calls
 * deep, with a destructor in each frame. Built with -fnon-call-exceptions,
 * so the faulting instructions may throw. */
#include <csignal>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>

struct Fault {
    int sig, code;
    unsigned long addr;
};

static void on_fault(int sig, siginfo_t *si, void *)
{
    throw Fault{sig, si->si_code, (unsigned long)si->si_addr};
}

struct Guard {
    const char *name;
    explicit Guard(const char *n) : name(n) {}
    ~Guard() { std::printf("  ~Guard %s\n", name); }
};

__attribute__((noinline)) static int load(volatile int *p)
{
    Guard g("load");
    return *p + 1;
}
__attribute__((noinline)) static int outer(volatile int *p)
{
    Guard g("outer");
    std::string s("a string on the heap, destroyed by unwinding");
    return load(p) + (int)s.size();
}
__attribute__((noinline)) static int divide(volatile int a, volatile int b)
{
    Guard g("divide");
    return a / b;
}

static void install(int sig, int flags)
{
    struct sigaction sa;
    std::memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | flags;
    sigaction(sig, &sa, nullptr);
}

static int blocked(int sig)
{
    sigset_t cur;
    sigprocmask(SIG_BLOCK, nullptr, &cur);
    return sigismember(&cur, sig);
}

int main()
{
    install(SIGSEGV, SA_NODEFER);
    install(SIGFPE, 0);
    for (int i = 0; i < 3; i++) {
        try {
            int r = load((volatile int *)(0x100 + i * 8));
            std::printf("load returned %d?\n", r);
        } catch (const Fault &f) {
            std::printf("caught Fault sig %d code %d addr %#lx, SIGSEGV blocked %d\n", f.sig,
                        f.code, f.addr, blocked(SIGSEGV));
        }
    }
    try {
        std::printf("divide returned %d?\n", divide(7, 0));
    } catch (const Fault &f) {
        std::printf("caught Fault sig %d code %d, SIGFPE blocked %d\n", f.sig, f.code,
                    blocked(SIGFPE));
    }
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGFPE);
    sigprocmask(SIG_UNBLOCK, &s, nullptr);
    try {
        std::printf("divide returned %d?\n", divide(-9, 0));
    } catch (const Fault &f) {
        std::printf("caught Fault again sig %d\n", f.sig);
    }
    try {
        outer(nullptr);
    } catch (const Fault &f) {
        std::printf("caught Fault from two frames down, addr %#lx\n", f.addr);
    }
    try {
        throw std::runtime_error("an ordinary exception still works");
    } catch (const std::exception &e) {
        std::printf("caught %s\n", e.what());
    }
    return 0;
}
