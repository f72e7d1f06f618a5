/*
 * tests/sweep/sweep.c: the encoding sweep (issue 14).
 *
 * Enumerates, deterministically, every one-byte opcode, every two-byte
 * 0F xx opcode (and the third byte of 0F 38 / 0F 3A), all 256 ModRM bytes
 * of the 0F 01 group and a few special cases, each with a range of ModRM
 * forms and prefixes. Each encoding runs in a forked child, on prepared
 * registers and memory at fixed addresses (sweep.h), between a prologue
 * and an epilogue (sweep_asm.S); the parent prints one line per encoding:
 *
 *   GROUP: HEX BYTES -> exit CHECKSUM     the child reached the epilogue
 *   GROUP: HEX BYTES -> signal N          it died of signal N
 *
 * (signal 27, SIGPROF: it ran for more than a second of CPU time.)
 * The checksum covers the GPRs, rflags, the x87/SSE/AVX state, the data
 * area and the stack. tests/sweep/run runs this program natively and under
 * Shunt and compares the two outputs line by line, so every line must be
 * the same from one native run to the next: encodings whose result is not
 * deterministic are left out (-x lists them, with the reason).
 *
 * The code page holds, in order: a sled of nops that a backward rel8 jump
 * lands in (it ends by setting a flag and jumping to the epilogue), the
 * prologue, the encoding, SWEEP_TAIL_LEN nops (the encoding takes its
 * displacement and immediate bytes from them: disp8 -0x70, disp32 and
 * imm32 0x90909090, which with any GPR value here address the kernel half
 * or nothing below 4 GiB), then the epilogue.
 *
 * Usage: sweep [-v] [-x] [-g GROUP] [HEX...]
 *   -v        print the parts of the state after the checksum
 *   -x        print the encodings left out, with the reason, and exit
 *   -g GROUP  only this group (op1, 0f, 0f38, 0f3a, 0f01, special)
 *   HEX...    only these encodings (e.g. 66480fc7f0), group "arg", even
 *             those left out
 * SWEEP_SIGINFO=1: the child catches SIGSEGV, SIGILL, SIGFPE, SIGBUS and
 * SIGTRAP and reports si_code, si_addr and the rip of the signal context
 * too ("signal N code C addr A rip R"). Off when run by hand without it;
 * tests/sweep/run turns it on.
 */
#include "sweep.h"

#include <asm/prctl.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <ucontext.h>
#include <unistd.h>

#define MAX_ENC 24
#define CHILD_CPU_LIMIT_S 1 /* CPU seconds */

/* What the child sends back through the pipe. */
enum { REC_EXIT = 1, REC_SIGNAL = 2 };
typedef struct Record {
    uint64_t kind;
    uint64_t gpr[16]; /* hardware order: rax rcx rdx rbx rsp rbp rsi rdi r8..r15 */
    uint64_t flags;   /* masked with FLAGS_MASK */
    uint64_t landed;  /* jumped back into the sled */
    uint64_t x87;     /* FCW, FSW, FTW, MXCSR, st0-7 */
    uint64_t x87ptr;  /* FOP, FIP, FDP */
    uint64_t xmm, ymmh, data, stack;
    /* REC_SIGNAL */
    uint64_t signo, code, addr, rip;
} Record;

/* The arithmetic flags, TF, IF, DF, NT, AC and ID: all a user program can
 * set and read back. */
#define FLAGS_MASK 0x244fd5ULL

typedef struct Sweep {
    bool verbose, siginfo;
    const char *only_group;
    int pipe[2];
    unsigned long count, skipped;
} Sweep;

typedef struct Encoding {
    const char *group;
    uint8_t bytes[MAX_ENC];
    size_t len;
} Encoding;

/* sweep_asm.S */
extern const uint8_t sweep_prologue_start[], sweep_prologue_end[];
extern const uint8_t sweep_landing_start[], sweep_landing_end[];
extern const uint8_t sweep_epilogue_start[], sweep_epilogue_end[];
void sweep_enter(void) __attribute__((noreturn));
void sweep_epilogue_tail(void);
void sweep_child_report(void) __attribute__((noreturn));

/* The pipe the child writes its Record to (set before the fork). */
static int report_fd = -1;

#define AT(addr) ((void *)(uintptr_t)(addr))
#define SAVE_AT(off) ((uint8_t *)AT(SWEEP_SAVE + (off)))

/* ---- raw system calls: the child runs them with FS pointing at
 * SWEEP_FS_BASE, so nothing that touches glibc's TLS (errno) ---------- */

static long raw3(long nr, long a, long b, long c)
{
    long ret;
    asm volatile("syscall" : "=a"(ret) : "a"(nr), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
    return ret;
}

static void __attribute__((noreturn)) raw_exit(int status)
{
    for (;;)
        raw3(SYS_exit_group, status, 0, 0);
}

/* ---- hashing ---------------------------------------------------------- */

static uint64_t hash_bytes(uint64_t h, const void *p, size_t n)
{
    const uint8_t *b = p;
    for (; n >= 8; n -= 8, b += 8) {
        uint64_t w;
        memcpy(&w, b, 8);
        h = (h ^ w) * 0x100000001b3ULL;
        h ^= h >> 29;
    }
    for (; n; n--, b++)
        h = (h ^ *b) * 0x100000001b3ULL;
    return h;
}

#define HASH_SEED 0xcbf29ce484222325ULL

/* The 4 KiB pages of [addr, addr+len) that differ from the copy at
 * `copy`: their offsets and contents (memcmp first: much faster than
 * hashing everything). */
static uint64_t hash_changes(uint64_t addr, uint64_t copy, size_t len)
{
    uint64_t h = HASH_SEED;
    for (size_t off = 0; off < len; off += 4096)
        if (memcmp(AT(addr + off), AT(copy + off), 4096) != 0) {
            h = hash_bytes(h, &off, sizeof(off));
            h = hash_bytes(h, AT(addr + off), 4096);
        }
    return h;
}

/* Fills everything but `kind` from the state the epilogue saved. */
static void record_state(Record *r)
{
    const uint8_t *fx = SAVE_AT(SAVE_FX_OUT);
    memcpy(r->gpr, SAVE_AT(SAVE_GPR), sizeof(r->gpr));
    memcpy(&r->flags, SAVE_AT(SAVE_FLAGS), 8);
    r->flags &= FLAGS_MASK;
    r->landed = *(const uint32_t *)SAVE_AT(SAVE_LANDED);
    uint64_t h = hash_bytes(HASH_SEED, fx, 5); /* FCW, FSW, FTW */
    h = hash_bytes(h, fx + 24, 4);             /* MXCSR */
    for (int i = 0; i < 8; i++)
        h = hash_bytes(h, fx + 32 + 16 * i, 10); /* st0-7 */
    r->x87 = h;
    r->x87ptr = hash_bytes(HASH_SEED, fx + 6, 18); /* FOP, FIP, FDP */
    r->xmm = hash_bytes(HASH_SEED, fx + 160, 256);
    r->ymmh = hash_bytes(HASH_SEED, SAVE_AT(SAVE_YMMH_OUT), 256);
    r->data = hash_changes(SWEEP_DATA, SWEEP_DATA_COPY, SWEEP_DATA_SIZE);
    r->stack = hash_changes(SWEEP_STACK, SWEEP_STACK_COPY, SWEEP_STACK_SIZE);
}

/* Called by sweep_epilogue_tail on the epilogue stack; never returns. */
void sweep_child_report(void)
{
    Record r;
    memset(&r, 0, sizeof(r));
    r.kind = REC_EXIT;
    record_state(&r);
    raw3(SYS_write, report_fd, (long)&r, sizeof(r));
    raw_exit(0);
}

/* SWEEP_SIGINFO mode: the signal's details instead of the child's death. */
static void on_fault(int sig, siginfo_t *si, void *context)
{
    const ucontext_t *uc = context;
    Record r;
    memset(&r, 0, sizeof(r));
    r.kind = REC_SIGNAL;
    r.signo = (uint64_t)sig;
    r.code = (uint64_t)(int64_t)si->si_code;
    r.addr = (uint64_t)(uintptr_t)si->si_addr;
    r.rip = (uint64_t)uc->uc_mcontext.gregs[REG_RIP];
    raw3(SYS_write, report_fd, (long)&r, sizeof(r));
    raw_exit(0);
}

static void catch_faults(void)
{
    stack_t ss = {.ss_sp = AT(SWEEP_ALT_STACK), .ss_size = SWEEP_ALT_STACK_SIZE};
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigfillset(&sa.sa_mask);
    const int sigs[] = {SIGSEGV, SIGILL, SIGFPE, SIGBUS, SIGTRAP};
    for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
        sigaction(sigs[i], &sa, NULL);
}

/* ---- the prepared state ----------------------------------------------- */

static void *map_fixed(uint64_t addr, size_t size, int prot)
{
    void *p = mmap(AT(addr), size, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (p != AT(addr)) {
        fprintf(stderr, "sweep: cannot map 0x%llx: %s\n", (unsigned long long)addr,
                strerror(errno));
        exit(2);
    }
    return p;
}

/* A fixed pseudo-random byte stream (xorshift64). */
static uint64_t next_random(uint64_t *state)
{
    uint64_t x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *state = x;
}

/*
 * The GPRs: all but rcx point into the data area, each at its own offset
 * (some 16-byte aligned, some not), so [reg], [reg-0x70] and
 * [rdi+rcx*4] hit the data area. rcx is small: a rep count, a shift count
 * and an index register that keep all of that inside it, and a null
 * selector (3) for mov to a segment register; the low 16 bits of rdx are
 * a valid user data selector (0x2b). r14 points into the sled, so that
 * jmp/call through it come back to the epilogue.
 */
static const uint64_t init_gprs[16] = {
    SWEEP_DATA + 0x08000, /* rax */
    3,                    /* rcx */
    SWEEP_DATA + 0x1002b, /* rdx */
    SWEEP_DATA + 0x09000, /* rbx */
    SWEEP_RSP,            /* rsp */
    SWEEP_DATA + 0x0a008, /* rbp */
    SWEEP_DATA + 0x0b070, /* rsi */
    SWEEP_DATA + 0x0c004, /* rdi */
    SWEEP_DATA + 0x0d010, /* r8 */
    SWEEP_DATA + 0x0e020, /* r9 */
    SWEEP_DATA + 0x0f001, /* r10 */
    SWEEP_DATA + 0x11030, /* r11 */
    SWEEP_DATA + 0x12040, /* r12 */
    SWEEP_DATA + 0x13050, /* r13 */
    SWEEP_CODE + 0x80,    /* r14 */
    SWEEP_DATA + 0x1500c, /* r15 */
};

/* CF, PF, AF, SF set; ZF, OF, DF clear; IF and the reserved bit 1. */
#define INIT_FLAGS 0x297ULL

static void prepare_save_page(void)
{
    uint64_t *init = (uint64_t *)SAVE_AT(SAVE_INIT);
    init[0] = INIT_FLAGS;
    /* The prologue pops rax rcx rdx rbx rbp rsi rdi r8..r15, then rsp. */
    static const int pop_order[16] = {0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 4};
    for (int i = 0; i < 16; i++)
        init[1 + i] = init_gprs[pop_order[i]];
    uint64_t epi = (uint64_t)(uintptr_t)sweep_epilogue_tail;
    memcpy(SAVE_AT(SAVE_EPI_PTR), &epi, 8);
    uint32_t mxcsr = 0x1f80;
    memcpy(SAVE_AT(SAVE_MXCSR), &mxcsr, 4);
    /* x87: four values on the stack (TOP = 4); the rest of the image is
     * the default state, then the xmm patterns. */
    uint8_t *fx = SAVE_AT(SAVE_FX_INIT);
    asm volatile("fninit; fld1; fldpi; fldl2t; fldln2; fxsave64 %0; fninit"
                 : "=m"(*(uint8_t(*)[512])fx));
    uint64_t rnd = 0x9e3779b97f4a7c15ULL;
    uint8_t *ymm = SAVE_AT(SAVE_YMM_INIT);
    for (int i = 0; i < 16 * 32; i += 8) {
        uint64_t v = next_random(&rnd);
        memcpy(ymm + i, &v, 8);
    }
    for (int i = 0; i < 16; i++)
        memcpy(fx + 160 + 16 * i, ymm + 32 * i, 16);
}

static void prepare_memory(void)
{
    map_fixed(SWEEP_CODE, SWEEP_CODE_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC);
    map_fixed(SWEEP_SAVE, SWEEP_SAVE_SIZE, PROT_READ | PROT_WRITE);
    map_fixed(SWEEP_EPI_STACK, SWEEP_EPI_STACK_SIZE, PROT_READ | PROT_WRITE);
    map_fixed(SWEEP_ALT_STACK, SWEEP_ALT_STACK_SIZE, PROT_READ | PROT_WRITE);
    uint64_t *data = map_fixed(SWEEP_DATA, SWEEP_DATA_SIZE, PROT_READ | PROT_WRITE);
    uint64_t *stack = map_fixed(SWEEP_STACK, SWEEP_STACK_SIZE, PROT_READ | PROT_WRITE);
    uint64_t rnd = 0x2545f4914f6cdd1dULL;
    for (size_t i = 0; i < SWEEP_DATA_SIZE / 8; i++)
        data[i] = next_random(&rnd);
    /* Every stack word is an address in the sled: ret, pop + jmp, far
     * returns (selector 0x00xx: not a user one) all end up there. */
    for (size_t i = 0; i < SWEEP_STACK_SIZE / 8; i++)
        stack[i] = SWEEP_CODE + 0x40 + (i % 16) * 8;
    memcpy(map_fixed(SWEEP_DATA_COPY, SWEEP_DATA_SIZE, PROT_READ | PROT_WRITE), data,
           SWEEP_DATA_SIZE);
    memcpy(map_fixed(SWEEP_STACK_COPY, SWEEP_STACK_SIZE, PROT_READ | PROT_WRITE), stack,
           SWEEP_STACK_SIZE);
    prepare_save_page();
    /* The code page: sled, landing code (its jmp is per encoding), prologue. */
    uint8_t *code = AT(SWEEP_CODE);
    memset(code, 0x90, SWEEP_CODE_SIZE);
    size_t landing = (size_t)(sweep_landing_end - sweep_landing_start);
    memcpy(code + SWEEP_LANDING_END, sweep_landing_start, landing);
    memcpy(code + SWEEP_PROLOGUE, sweep_prologue_start,
           (size_t)(sweep_prologue_end - sweep_prologue_start));
}

/* ---- the child -------------------------------------------------------- */

/* Encoding, tail and epilogue after the prologue; the landing jmp. */
static void place_encoding(const Encoding *enc)
{
    uint8_t *code = AT(SWEEP_CODE);
    uint8_t *p = code + SWEEP_PROLOGUE + (sweep_prologue_end - sweep_prologue_start);
    memcpy(p, enc->bytes, enc->len);
    p += enc->len + SWEEP_TAIL_LEN; /* the nops are there already */
    uint8_t *epilogue = p;
    memcpy(p, sweep_epilogue_start, (size_t)(sweep_epilogue_end - sweep_epilogue_start));
    uint8_t *jmp = code + SWEEP_LANDING_END + (sweep_landing_end - sweep_landing_start);
    int32_t rel = (int32_t)(epilogue - (jmp + 5));
    jmp[0] = 0xe9;
    memcpy(jmp + 1, &rel, 4);
}

static void __attribute__((noreturn)) child_run(const Sweep *s, const Encoding *enc)
{
    /* SIGPROF's default action ends an encoding that never finishes. A
     * CPU-time timer: a busy machine cannot make a quick child time out. */
    struct itimerval timer = {.it_value = {.tv_sec = CHILD_CPU_LIMIT_S}};
    setitimer(ITIMER_PROF, &timer, NULL);
    if (s->siginfo)
        catch_faults();
    place_encoding(enc);
    syscall(SYS_arch_prctl, ARCH_SET_GS, SWEEP_GS_BASE);
    sweep_enter();
}

/* ---- the parent ------------------------------------------------------- */

static void print_bytes(const Encoding *enc)
{
    printf("%s:", enc->group);
    for (size_t i = 0; i < enc->len; i++)
        printf(" %02x", enc->bytes[i]);
    printf(" -> ");
}

static uint64_t record_checksum(const Record *r)
{
    return hash_bytes(HASH_SEED, &r->gpr, offsetof(Record, signo) - offsetof(Record, gpr));
}

static void print_state(const Record *r)
{
    static const char *const names[16] = {"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
                                          "r8",  "r9",  "r10", "r11", "r12", "r13", "r14", "r15"};
    for (int i = 0; i < 16; i++)
        printf("%s    %s=%llx", i % 4 ? "" : "\n", names[i], (unsigned long long)r->gpr[i]);
    printf("\n    flags=%llx landed=%llu x87=%016llx x87ptr=%016llx\n"
           "    xmm=%016llx ymmh=%016llx data=%016llx stack=%016llx",
           (unsigned long long)r->flags, (unsigned long long)r->landed, (unsigned long long)r->x87,
           (unsigned long long)r->x87ptr, (unsigned long long)r->xmm, (unsigned long long)r->ymmh,
           (unsigned long long)r->data, (unsigned long long)r->stack);
}

static void print_outcome(const Sweep *s, int status, const Record *r, bool have_record)
{
    if (have_record && r->kind == REC_EXIT && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        printf("exit %016llx", (unsigned long long)record_checksum(r));
        if (s->verbose)
            print_state(r);
    } else if (have_record && r->kind == REC_SIGNAL) {
        printf("signal %llu code %lld addr %llx rip %llx", (unsigned long long)r->signo,
               (long long)r->code, (unsigned long long)r->addr, (unsigned long long)r->rip);
    } else if (WIFSIGNALED(status)) {
        printf("signal %d", WTERMSIG(status));
    } else {
        printf("status %d", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    }
    printf("\n");
}

static const char *left_out_reason(const Encoding *enc);

static void run_encoding(Sweep *s, const Encoding *enc)
{
    if (s->only_group && strcmp(s->only_group, enc->group) != 0)
        return;
    if (strcmp(enc->group, "arg") != 0 && left_out_reason(enc)) {
        s->skipped++;
        return;
    }
    s->count++;
    /* A bare clone, not fork(): the child returns along the parent's path
     * (already translated under Shunt) and never uses glibc's locks. */
    pid_t pid = (pid_t)syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
    if (pid < 0) {
        perror("sweep: fork");
        exit(2);
    }
    if (pid == 0)
        child_run(s, enc);
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) {
            perror("sweep: waitpid");
            exit(2);
        }
    Record r;
    ssize_t got = read(s->pipe[0], &r, sizeof(r));
    print_bytes(enc);
    print_outcome(s, status, &r, got == (ssize_t)sizeof(r));
}

/* ---- which encodings ------------------------------------------------- */

/* Legacy prefixes and REX: skipped to find the opcode. */
static bool is_prefix(uint8_t b)
{
    switch (b) {
    case 0x26:
    case 0x2e:
    case 0x36:
    case 0x3e:
    case 0x64:
    case 0x65:
    case 0x66:
    case 0x67:
    case 0xf0:
    case 0xf2:
    case 0xf3:
        return true;
    default:
        return (b & 0xf0) == 0x40;
    }
}

/* The encodings left out, with any prefixes: their results differ from
 * one native run to the next. `next` is matched against the byte after the
 * opcode (the ModRM, or int's imm8) under `mask`. */
typedef struct LeftOut {
    bool two_byte; /* 0f xx */
    uint8_t opcode, mask, next;
    const char *what, *reason;
} LeftOut;

static const LeftOut left_out[] = {
    {true, 0x31, 0, 0, "0f 31 (rdtsc)", "reads the time-stamp counter"},
    {true, 0x01, 0xff, 0xf9, "0f 01 f9 (rdtscp)", "reads the time-stamp counter"},
    {true, 0xc7, 0xf8, 0xf0, "0f c7 /6 mod=3 (rdrand)", "a random number"},
    {true, 0xc7, 0xf8, 0xf8, "0f c7 /7 mod=3 (rdseed; rdpid with f3)",
     "a random number; the number of the CPU the child runs on"},
    {false, 0xcd, 0xff, 0x80, "cd 80 (int 0x80)",
     "a 32-bit system call made with random registers (guest test int80)"},
};
#define NLEFT_OUT (sizeof(left_out) / sizeof(left_out[0]))

static const char *left_out_reason(const Encoding *enc)
{
    size_t i = 0;
    while (i < enc->len && is_prefix(enc->bytes[i]))
        i++;
    const uint8_t *op = enc->bytes + i;
    size_t n = enc->len - i;
    bool two_byte = n >= 2 && op[0] == 0x0f;
    size_t at = two_byte ? 1 : 0; /* the opcode byte */
    for (size_t k = 0; k < NLEFT_OUT; k++) {
        const LeftOut *l = &left_out[k];
        if (l->two_byte != two_byte || n <= at || op[at] != l->opcode)
            continue;
        if (l->mask == 0 || (n > at + 1 && (op[at + 1] & l->mask) == l->next))
            return l->reason;
    }
    return NULL;
}

static void print_left_out(void)
{
    for (size_t k = 0; k < NLEFT_OUT; k++)
        printf("%s, any prefix: %s\n", left_out[k].what, left_out[k].reason);
}

/*
 * ModRM forms. Register-direct (rm chosen per reg value, see below), and
 * memory operands: [rbx], [rsi-0x70], [rdi+rcx*4] and [rsp] (SIB),
 * [rip+disp32] and [disp32] (SIB, no base) aimed at the data area, and
 * [rip+0x90909090] and [rdx+0x90909090] taken from the tail (the kernel
 * half: they fault).
 */
typedef enum FormKind {
    F_REG,
    F_RBX,
    F_RSI8,
    F_SIB,
    F_RSP,
    F_RIP,
    F_RIPT,
    F_ABS,
    F_RDX32,
    F_COUNT
} FormKind;

#define FB(f) (1u << (f))
#define F_ALL ((1u << F_COUNT) - 1)
#define RIP_TARGET (SWEEP_DATA + 0x10800)
#define ABS_TARGET (SWEEP_DATA + 0x11800)

/* The rm of the register-direct form for each reg value: jmp/call (ff /4,
 * /2) through rsi (data: they fault) or, with REX.B, r14 (the sled); inc,
 * dec, push, pop of rbx, rsp, rax... */
static const uint8_t rm_for_reg[8] = {3, 4, 6, 5, 6, 7, 0, 1};

static void put(Encoding *enc, uint8_t byte)
{
    enc->bytes[enc->len++] = byte;
}

static void put_u32(Encoding *enc, uint32_t v)
{
    memcpy(enc->bytes + enc->len, &v, 4);
    enc->len += 4;
}

/* disp32 such that [rip+disp32] is `target` if nothing (no immediate)
 * follows it; an immediate moves it by a few bytes, still in the data. */
static uint32_t rip_disp(const Encoding *enc, uint64_t target)
{
    uint64_t prologue = (uint64_t)(sweep_prologue_end - sweep_prologue_start);
    uint64_t next = SWEEP_CODE + SWEEP_PROLOGUE + prologue + enc->len + 4;
    return (uint32_t)(target - next);
}

static void add_form(Encoding *enc, FormKind form, int reg)
{
    uint8_t r = (uint8_t)(reg << 3);
    switch (form) {
    case F_REG:
        put(enc, (uint8_t)(0xc0 | r | rm_for_reg[reg]));
        break;
    case F_RBX:
        put(enc, r | 3);
        break;
    case F_RSI8:
        put(enc, 0x40 | r | 6);
        break;
    case F_SIB:
        put(enc, r | 4);
        put(enc, 0x8f);
        break;
    case F_RSP:
        put(enc, r | 4);
        put(enc, 0x24);
        break;
    case F_RIP:
        put(enc, r | 5);
        put_u32(enc, rip_disp(enc, RIP_TARGET));
        break;
    case F_RIPT:
        put(enc, r | 5);
        break;
    case F_ABS:
        put(enc, r | 4);
        put(enc, 0x25);
        put_u32(enc, ABS_TARGET);
        break;
    case F_RDX32:
        put(enc, 0x80 | r | 2);
        break;
    case F_COUNT:
        break;
    }
}

/* Each prefix with the forms that matter most for it: all with none (but
 * [rip+0x90909090], which would fault like [rdx+0x90909090]); the memory
 * forms the translator rewrites with GS; lock with and without memory. */
typedef struct PrefixSet {
    uint8_t prefix; /* 0: none */
    unsigned forms; /* FB(FormKind) bits */
} PrefixSet;

static const PrefixSet prefix_sets[] = {
    {0, F_ALL & ~FB(F_RIPT)},
    {0x66, FB(F_REG) | FB(F_RBX)},
    {0xf2, FB(F_REG) | FB(F_RBX)},
    {0xf3, FB(F_REG) | FB(F_RBX)},
    {0x48, FB(F_REG) | FB(F_RBX)},
    {0x41, FB(F_REG) | FB(F_SIB)},
    {0x64, FB(F_RBX) | FB(F_ABS)},
    {0x65, FB(F_RBX) | FB(F_RSI8) | FB(F_SIB) | FB(F_RSP) | FB(F_RIP) | FB(F_ABS)},
    {0xf0, FB(F_REG) | FB(F_RBX)},
    {0x67, FB(F_RBX) | FB(F_RIP)},
    {0x3e, FB(F_RBX)},
    /* REX.R only changes the reg field: not on group opcodes */
    {0x44, FB(F_REG)},
    {0x4c, FB(F_RBX)},
    /* 2e (also a branch hint) only on opcodes without ModRM */
    {0x2e, 0},
};
#define NSETS (sizeof(prefix_sets) / sizeof(prefix_sets[0]))
#define NSETS_GROUP (NSETS - 3) /* without 44, 4c, 2e */
#define NSETS_X87 1             /* none: x87 has its 64 register forms */

/* How an opcode uses ModRM. */
typedef enum ModrmUse {
    MODRM_NONE,
    MODRM_PLAIN, /* reg is an operand: reg 1 with every prefix set (and reg 4) */
    MODRM_GROUP, /* reg extends the opcode: all 8, every prefix set but REX.R */
    MODRM_X87,   /* all 64 register forms are instructions; memory forms, no prefix */
} ModrmUse;

/* clang-format off */
/* Opcodes followed by a ModRM byte: 1 plain, 2 group, 3 x87. */
static const char modrm_op1[257] =
    /*0123456789abcdef */
    "1111000011110000"  /* 0 */
    "1111000011110000"  /* 1 */
    "1111000011110000"  /* 2 */
    "1111000011110000"  /* 3 */
    "0000000000000000"  /* 4 */
    "0000000000000000"  /* 5 */
    "0011000001010000"  /* 6 */
    "0000000000000000"  /* 7 */
    "2222111111112122"  /* 8 */
    "0000000000000000"  /* 9 */
    "0000000000000000"  /* a */
    "0000000000000000"  /* b */
    "2200112200000000"  /* c */
    "2222000033333333"  /* d */
    "0000000000000000"  /* e */
    "0000002200000022"; /* f */
static const char modrm_0f[257] =
    /*0123456789abcdef */
    "2011000000000201"  /* 0 */
    "1111111122222222"  /* 1 */
    "1111111111111111"  /* 2 */
    "0000000000000000"  /* 3 */
    "1111111111111111"  /* 4 */
    "1111111111111111"  /* 5 */
    "1111111111111111"  /* 6 */
    "1222111011111111"  /* 7 */
    "0000000000000000"  /* 8 */
    "1111111111111111"  /* 9 */
    "0001110000011121"  /* a */
    "1111111111211111"  /* b */
    "1111111200000000"  /* c */
    "1111111111111111"  /* d */
    "1111111111111111"  /* e */
    "1111111111111111"; /* f */
/* clang-format on */

static ModrmUse modrm_use(const char *map, uint8_t op)
{
    return (ModrmUse)(map[op] - '0');
}

static void run_with(Sweep *s, const char *group, uint8_t prefix, const uint8_t *op, size_t oplen,
                     int form, int reg)
{
    Encoding enc = {.group = group};
    if (prefix)
        put(&enc, prefix);
    for (size_t i = 0; i < oplen; i++)
        put(&enc, op[i]);
    if (form >= 0)
        add_form(&enc, (FormKind)form, reg);
    run_encoding(s, &enc);
}

/* One reg value with the forms of the prefix sets from `first` on. */
static void sweep_reg(Sweep *s, const char *group, const uint8_t *op, size_t oplen, int reg,
                      size_t nsets)
{
    for (size_t p = 0; p < nsets; p++)
        for (int f = 0; f < F_COUNT; f++)
            if (prefix_sets[p].forms & FB(f))
                run_with(s, group, prefix_sets[p].prefix, op, oplen, f, reg);
}

/* `modrm_plain_reg4`: also reg 4 (rsp, ah, xmm4...) without prefixes. */
static void sweep_opcode(Sweep *s, const char *group, const uint8_t *op, size_t oplen, ModrmUse use,
                         bool modrm_plain_reg4)
{
    switch (use) {
    case MODRM_NONE:
        for (size_t p = 0; p < NSETS; p++)
            run_with(s, group, prefix_sets[p].prefix, op, oplen, -1, 0);
        break;
    case MODRM_PLAIN:
        sweep_reg(s, group, op, oplen, 1, NSETS);
        if (modrm_plain_reg4)
            sweep_reg(s, group, op, oplen, 4, 1);
        break;
    case MODRM_GROUP:
        for (int reg = 0; reg < 8; reg++)
            sweep_reg(s, group, op, oplen, reg, NSETS_GROUP);
        break;
    case MODRM_X87:
        for (int m = 0xc0; m < 0x100; m++) {
            Encoding enc = {.group = group, .bytes = {op[0], (uint8_t)m}, .len = 2};
            run_encoding(s, &enc);
        }
        for (int reg = 0; reg < 8; reg++)
            sweep_reg(s, group, op, oplen, reg, NSETS_X87);
        break;
    }
}

static void sweep_one_byte(Sweep *s)
{
    for (int b = 0; b < 256; b++) {
        uint8_t op = (uint8_t)b;
        if (op == 0x0f)
            continue; /* the 0f groups */
        if (is_prefix(op)) {
            /* A prefix on its own: it applies to the tail's first nop. */
            Encoding enc = {.group = "op1", .bytes = {op}, .len = 1};
            run_encoding(s, &enc);
            continue;
        }
        sweep_opcode(s, "op1", &op, 1, modrm_use(modrm_op1, op), true);
    }
}

static void sweep_two_byte(Sweep *s)
{
    for (int b = 0; b < 256; b++) {
        if (b == 0x01 || b == 0x38 || b == 0x3a)
            continue; /* their own groups */
        uint8_t op[2] = {0x0f, (uint8_t)b};
        sweep_opcode(s, "0f", op, 2, modrm_use(modrm_0f, (uint8_t)b), false);
    }
}

/* 0f 38 xx and 0f 3a xx: no prefix and 66 (f2 and f3 too in 0f 38 f0-ff,
 * where they select crc32, adox, adcx...), register-direct and [rbx]. */
static void sweep_three_byte(Sweep *s, uint8_t escape, const char *group)
{
    static const uint8_t prefixes[] = {0, 0x66, 0xf2, 0xf3};
    for (int b = 0; b < 256; b++) {
        uint8_t op[3] = {0x0f, escape, (uint8_t)b};
        size_t nprefixes = escape == 0x38 && b >= 0xf0 ? 4 : 2;
        for (size_t p = 0; p < nprefixes; p++) {
            run_with(s, group, prefixes[p], op, 3, F_REG, 1);
            run_with(s, group, prefixes[p], op, 3, F_RBX, 1);
        }
    }
}

/* 0f 01: all 256 ModRM bytes (SIB [rdi+rcx*4] where there is one), with
 * the prefixes that select among its instructions. */
static void sweep_0f01(Sweep *s)
{
    static const uint8_t prefixes[] = {0, 0x66, 0xf2, 0xf3, 0x48, 0x65, 0x67};
    for (size_t p = 0; p < sizeof(prefixes); p++)
        for (int m = 0; m < 256; m++) {
            Encoding enc = {.group = "0f01"};
            if (prefixes[p])
                enc.bytes[enc.len++] = prefixes[p];
            enc.bytes[enc.len++] = 0x0f;
            enc.bytes[enc.len++] = 0x01;
            enc.bytes[enc.len++] = (uint8_t)m;
            if ((m & 0xc0) != 0xc0 && (m & 7) == 4)
                enc.bytes[enc.len++] = 0x8f;
            run_encoding(s, &enc);
        }
}

/* Direct branches with a rel32 that lands in the sled (the tail's rel32
 * goes to the kernel half), with the prefixes that change or hint them. */
static void sweep_branches_to_sled(Sweep *s)
{
    static const uint8_t prefixes[] = {0, 0x66, 0x48, 0xf2, 0x2e, 0x3e};
    for (size_t p = 0; p < sizeof(prefixes); p++)
        for (int op = -2; op < 16; op++) {
            Encoding enc = {.group = "special"};
            if (prefixes[p])
                put(&enc, prefixes[p]);
            if (op < 0) {
                put(&enc, op == -2 ? 0xe8 : 0xe9);
            } else {
                put(&enc, 0x0f);
                put(&enc, (uint8_t)(0x80 + op));
            }
            put_u32(&enc, rip_disp(&enc, SWEEP_CODE + 0x100));
            run_encoding(s, &enc);
        }
}

static void run_bytes(Sweep *s, const uint8_t *bytes, size_t len)
{
    Encoding enc = {.group = "special", .len = len};
    memcpy(enc.bytes, bytes, len);
    run_encoding(s, &enc);
}

static void run_repeated(Sweep *s, uint8_t prefix, size_t count, const uint8_t *op, size_t oplen)
{
    uint8_t bytes[MAX_ENC];
    memset(bytes, prefix, count);
    memcpy(bytes + count, op, oplen);
    run_bytes(s, bytes, count + oplen);
}

/* Instruction length limits; int n for every n; xbegin/xabort (their
 * ModRM is f8 exactly); mov to every segment register from a null (rcx)
 * and a valid user (rdx) selector; branches into the sled. */
static void sweep_special(Sweep *s)
{
    static const uint8_t nop[] = {0x90}, add_ax[] = {0x05}, add_mem[] = {0x81, 0x84, 0x8f};
    run_repeated(s, 0x66, 14, nop, 1);    /* 15 bytes: the longest there is */
    run_repeated(s, 0x66, 15, nop, 1);    /* 16 bytes: too long */
    run_repeated(s, 0x66, 12, add_ax, 1); /* 15 bytes with the imm16 */
    run_repeated(s, 0x66, 13, add_ax, 1); /* 16 with the imm16 */
    run_repeated(s, 0x2e, 4, add_mem, 3); /* 81 /0, SIB, disp32, imm32: 15 */
    run_repeated(s, 0x2e, 5, add_mem, 3); /* 16 */
    run_repeated(s, 0x40, 14, nop, 1);    /* REX prefixes: 15 */
    run_repeated(s, 0xf0, 15, nop, 1);    /* lock prefixes: 16 */
    for (int n = 0; n < 256; n++)
        run_bytes(s, (const uint8_t[]){0xcd, (uint8_t)n}, 2);
    run_bytes(s, (const uint8_t[]){0xc6, 0xf8}, 2); /* xabort imm8 */
    run_bytes(s, (const uint8_t[]){0xc7, 0xf8}, 2); /* xbegin rel32 */
    for (int seg = 0; seg < 6; seg++) {
        run_bytes(s, (const uint8_t[]){0x8e, (uint8_t)(0xc1 | seg << 3)}, 2);
        run_bytes(s, (const uint8_t[]){0x8e, (uint8_t)(0xc2 | seg << 3)}, 2);
    }
    sweep_branches_to_sled(s);
}

/* "66480fc7f0" -> bytes */
static bool parse_hex(const char *text, Encoding *enc)
{
    enc->group = "arg";
    enc->len = 0;
    for (const char *p = text; *p; p += 2) {
        unsigned v;
        if (enc->len == MAX_ENC || !p[1] || sscanf(p, "%2x", &v) != 1)
            return false;
        enc->bytes[enc->len++] = (uint8_t)v;
    }
    return enc->len > 0;
}

static void usage(void)
{
    fprintf(stderr, "usage: sweep [-v] [-x] [-g GROUP] [HEX...]\n");
    exit(2);
}

int main(int argc, char **argv)
{
    Sweep s = {0};
    int opt;
    while ((opt = getopt(argc, argv, "vxg:")) != -1) {
        switch (opt) {
        case 'v':
            s.verbose = true;
            break;
        case 'x':
            print_left_out();
            return 0;
        case 'g':
            s.only_group = optarg;
            break;
        default:
            usage();
        }
    }
    const char *siginfo = getenv("SWEEP_SIGINFO");
    s.siginfo = siginfo && *siginfo && strcmp(siginfo, "0") != 0;
    /* Core dumps would cost more than the rest of a child's run. */
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    /* Non-blocking: a child that died early wrote nothing. */
    if (pipe2(s.pipe, O_NONBLOCK) != 0) {
        perror("sweep: pipe");
        return 2;
    }
    report_fd = s.pipe[1];
    prepare_memory();
    {
        /* The hashing code runs once here, so the children inherit it translated. */
        Record warm;
        record_state(&warm);
        struct itimerval none_timer = {0};
        setitimer(ITIMER_PROF, &none_timer, NULL);
    }
    if (optind < argc) {
        for (int i = optind; i < argc; i++) {
            Encoding enc;
            if (!parse_hex(argv[i], &enc))
                usage();
            run_encoding(&s, &enc);
        }
    } else {
        sweep_one_byte(&s);
        sweep_two_byte(&s);
        sweep_three_byte(&s, 0x38, "0f38");
        sweep_three_byte(&s, 0x3a, "0f3a");
        sweep_0f01(&s);
        sweep_special(&s);
    }
    fprintf(stderr, "sweep: %lu encodings, %lu left out\n", s.count, s.skipped);
    return 0;
}
