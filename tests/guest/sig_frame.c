/* The signal frame as the kernel lays it out on the guest's stack. An
 * assembly function fills the 128-byte red zone below its rsp with a
 * pattern, puts known values in xmm1 (and the upper half of ymm1 when the
 * CPU has AVX), then executes ud2. The SIGILL handler's entry stub (assembly)
 * records rsp on entry; the handler checks: (rsp + 8) % 16 == 0 at entry;
 * the return address at [rsp] is the restorer (mov $15, %rax; syscall);
 * ucontext at rsp + 8 and siginfo right after the kernel's ucontext (the
 * distances printed); uc_flags, uc_link, and cs/ss in REG_CSGSFS; the red
 * zone below the interrupted rsp is intact and the whole frame lies below
 * it; fpregs lies inside the frame, above the siginfo, 64-byte aligned, with
 * sw_reserved.magic1 FP_XSTATE_MAGIC1 (0x46505853) and FP_XSTATE_MAGIC2 at
 * its end; xmm1 (and ymm1's upper half, in the XSAVE area) hold the values
 * set. It then writes xmm2 in fpregs and skips the ud2; the function checks
 * after resuming that the red zone is still intact, that xmm2 is what the
 * handler wrote and ymm1's upper half survived. */
#include <cpuid.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

#define PAT 0x5a5a5a5a00000000
#define XMM1_VAL 0x0123456789abcdef
#define YMM1_HI 0x0fedcba987654321
#define XMM2_NEW 0x00000000600df00d

volatile uintptr_t entry_rsp;
/* out[]: 0 rsp at the fault, 1 intact red-zone qwords after resuming,
 * 2 xmm2 after resuming, 3 ymm1's upper half after resuming. */
asm(".text\n"
    ".globl frame_case\nframe_case:\n"
    " push %rbx\n mov %rdi, %rbx\n"
    " movabs $" "0x5a5a5a5a00000000" ", %rax\n xor %edx, %edx\n"
    "1: lea (%rax,%rdx), %r8\n mov %r8, -128(%rsp,%rdx,8)\n inc %rdx\n cmp $16, %rdx\n jne 1b\n"
    " movabs $0x0123456789abcdef, %rcx\n movq %rcx, %xmm1\n pxor %xmm2, %xmm2\n"
    " test %rsi, %rsi\n jz 2f\n"
    " movabs $0x0fedcba987654321, %rcx\n movq %rcx, %xmm3\n"
    " vinsertf128 $1, %xmm3, %ymm1, %ymm1\n"
    "2: mov %rsp, 0(%rbx)\n"
    ".globl frame_fault\nframe_fault: ud2\n"
    ".globl frame_after\nframe_after:\n"
    " xor %edx, %edx\n xor %ecx, %ecx\n"
    "3: lea (%rax,%rdx), %r8\n cmp %r8, -128(%rsp,%rdx,8)\n jne 4f\n inc %rcx\n"
    "4: inc %rdx\n cmp $16, %rdx\n jne 3b\n"
    " mov %rcx, 8(%rbx)\n movq %xmm2, 16(%rbx)\n"
    " test %rsi, %rsi\n jz 5f\n"
    " vextractf128 $1, %ymm1, %xmm4\n movq %xmm4, 24(%rbx)\n vzeroupper\n"
    "5: pop %rbx\n ret\n"
    ".globl entry_stub\nentry_stub:\n mov %rsp, entry_rsp(%rip)\n jmp frame_handler\n");
void frame_case(uint64_t out[4], long avx);
void entry_stub(int, siginfo_t *, void *);
extern char frame_fault[], frame_after[];

static struct {
    uintptr_t rsp, info, uc, fpregs, restorer;
    uint64_t uc_flags, uc_link, csgsfs, interrupted_rsp;
    int redzone_intact, magic1, magic2, xmm1, ymm1_hi, xstate_ymm;
    uint32_t extended_size;
} seen;
static unsigned ymm_offset;

__attribute__((used)) void frame_handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    seen.rsp = entry_rsp;
    seen.info = (uintptr_t)si;
    seen.uc = (uintptr_t)uc;
    seen.restorer = *(uintptr_t *)entry_rsp;
    seen.uc_flags = uc->uc_flags;
    seen.uc_link = (uintptr_t)uc->uc_link;
    seen.csgsfs = uc->uc_mcontext.gregs[REG_CSGSFS];
    uintptr_t rsp = uc->uc_mcontext.gregs[REG_RSP];
    seen.interrupted_rsp = rsp;
    seen.redzone_intact = 0;
    for (int i = 0; i < 16; i++)
        if (((uint64_t *)(rsp - 128))[i] == PAT + i) seen.redzone_intact++;
    struct _libc_fpstate *fp = uc->uc_mcontext.fpregs;
    seen.fpregs = (uintptr_t)fp;
    /* struct _fpx_sw_bytes: magic1, extended_size, xfeatures (8), xstate_size */
    uint32_t *sw = (uint32_t *)((char *)fp + 464);
    seen.magic1 = sw[0] == 0x46505853;
    seen.extended_size = sw[1];
    if (seen.magic1)
        seen.magic2 = *(uint32_t *)((char *)fp + sw[4]) == 0x46505845; /* at xstate_size */
    uint64_t x1;
    memcpy(&x1, &fp->_xmm[1], 8);
    seen.xmm1 = x1 == XMM1_VAL;
    if (ymm_offset && seen.magic1) {
        uint64_t xstate_bv = *(uint64_t *)((char *)fp + 512);
        seen.xstate_ymm = (xstate_bv >> 2) & 1;
        seen.ymm1_hi = *(uint64_t *)((char *)fp + ymm_offset + 16) == YMM1_HI;
    }
    uint64_t x2[2] = {XMM2_NEW, 0};
    memcpy(&fp->_xmm[2], x2, 16);
    uc->uc_mcontext.gregs[REG_RIP] = (greg_t)frame_after;
    (void)sig;
}

int main(void)
{
    unsigned a, b, c, d;
    long avx = __builtin_cpu_supports("avx");
    if (avx && __get_cpuid_count(0xd, 2, &a, &b, &c, &d)) ymm_offset = b;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = entry_stub;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGILL, &sa, NULL);
    uint64_t out[4] = {0};
    frame_case(out, avx);

    static const unsigned char restorer[] = {0x48, 0xc7, 0xc0, 0x0f, 0, 0, 0, 0x0f, 0x05};
    printf("entry: (rsp + 8) %% 16 = %lu, return address is the restorer: %d\n",
           (unsigned long)((seen.rsp + 8) % 16),
           memcmp((void *)seen.restorer, restorer, sizeof restorer) == 0);
    printf("ucontext at rsp + %ld, siginfo at rsp + %ld\n", (long)(seen.uc - seen.rsp),
           (long)(seen.info - seen.rsp));
    printf("uc_flags %#lx uc_link %#lx cs %#lx ss %#lx\n", (unsigned long)seen.uc_flags,
           (unsigned long)seen.uc_link, (unsigned long)(seen.csgsfs & 0xffff),
           (unsigned long)(seen.csgsfs >> 48));
    printf("interrupted rsp is the function's: %d, red zone intact in the handler: %d/16\n",
           seen.interrupted_rsp == out[0], seen.redzone_intact);
    printf("fpregs above siginfo: %d, 64-byte aligned: %d, its end below the red zone: %d\n",
           seen.fpregs > seen.info + sizeof(siginfo_t) - 1, seen.fpregs % 64 == 0,
           seen.fpregs + seen.extended_size <= seen.interrupted_rsp - 128);
    printf("magic1 %d magic2 %d xmm1 %d", seen.magic1, seen.magic2, seen.xmm1);
    if (avx) printf(" xstate_bv has YMM %d ymm1 upper %d", seen.xstate_ymm, seen.ymm1_hi);
    printf("\n");
    printf("after: red zone intact %lu/16, xmm2 %s", (unsigned long)out[1],
           out[2] == XMM2_NEW ? "as the handler wrote" : "BAD");
    if (avx) printf(", ymm1 upper %s", out[3] == YMM1_HI ? "kept" : "BAD");
    printf("\n");
    return 0;
}
