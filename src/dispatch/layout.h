/*
 * dispatch/layout.h: offsets into the per-thread Thread block, shared by the
 * C struct (dispatch.h, checked with _Static_assert), the context switch
 * (switch.S) and the code the translator emits (which addresses these slots
 * as gs:OFFSET). Plain #defines so the assembler can read them too.
 *
 * GS base points at the Thread while guest code runs and while Shunt's C
 * code runs: Shunt owns GS, the guest owns FS (DESIGN.md decision 4).
 */
#ifndef SHUNT_DISPATCH_LAYOUT_H
#define SHUNT_DISPATCH_LAYOUT_H

#define T_SELF 0x00         /* Thread *: the block itself */
#define T_SLOT_RAX 0x08     /* exit stubs park guest rax here */
#define T_SLOT_RCX 0x10     /* indirect-branch lookup parks guest rcx */
#define T_SLOT_RDX 0x18     /* ... and guest rdx */
#define T_SLOT_SCRATCH 0x20 /* far rip-relative operands park their scratch register */
#define T_EXIT_ARG 0x28     /* argument of the exit (stub, target or next rip) */
#define T_EXIT_KIND 0x30    /* ExitKind, 32 bits */
#define T_JUMP_TARGET 0x38  /* cache address the context switch resumes at */
#define T_HOST_RSP 0x40     /* top of Shunt's runtime stack for this thread */
#define T_HOST_FSBASE 0x48  /* Shunt's own TLS base */
#define T_ROUTINE_EXIT 0x50 /* address of shunt_exit (switch.S) */
#define T_ROUTINE_MISS 0x58 /* address of shunt_exit_lookup_miss (switch.S) */
#define T_XSAVE_MASK 0x60   /* XCR0 components saved by xsave, 64 bits */
#define T_HAS_FSGSBASE 0x68 /* nonzero: rdfsbase/wrfsbase usable */
/* 0x70: Process * (C only) */
#define T_ROUTINE_SITE_MISS 0x78 /* address of shunt_exit_site_miss (switch.S) */
#define T_EXIT_SITE 0x80         /* IndirectSite * of an unpredicted site, or 0 */
#define T_SLOT_SCRATCH2 0x88     /* a second scratch register (guest GS operands) */
/* 0x90: stepping flag (C only) */
#define T_ROUTINE_EXIT_DIRECT 0x98 /* address of shunt_exit_direct (switch.S) */
#define T_SIGNAL_PENDING 0xA0      /* nonzero: a signal is held for the guest, 32 bits */
/* 0xA8: the stepping block, 0xB0: Shunt's signal stack (C only) */
#define T_EXIT_FROM 0xB8         /* Block * whose table lookup missed, or 0 */
#define T_ROUTINE_FROM_MISS 0xC0 /* address of shunt_exit_from_miss (switch.S) */
#define T_IN_CACHE 0xC8          /* 32 bits: 1 from the resume's check to the next exit */
#define T_FENCE_ON_ENTRY 0xCC    /* 32 bits: nonzero when the resume must fence itself */
#define T_TARGET_BLOCK 0xD0      /* Block * that T_JUMP_TARGET enters */
#define T_EPOCH_SOURCE 0xD8      /* const uint64_t *: the process's flush count */
#define T_SEEN_EPOCH 0xE0        /* the flush count as of the thread's last entry */
#define T_IN_SYSCALL 0xE8        /* 32 bits: 1 in dispatch_safe_syscall */

/* offsetof(Block, dead) (cache.h): the resume checks its target is alive. */
#define BLOCK_DEAD 0x5B

/* GuestContext: the guest's registers while Shunt's C code runs. */
#define T_CTX 0x100
#define CTX_RAX 0x00
#define CTX_RCX 0x08
#define CTX_RDX 0x10
#define CTX_RBX 0x18
#define CTX_RSP 0x20
#define CTX_RBP 0x28
#define CTX_RSI 0x30
#define CTX_RDI 0x38
#define CTX_R8 0x40
#define CTX_R9 0x48
#define CTX_R10 0x50
#define CTX_R11 0x58
#define CTX_R12 0x60
#define CTX_R13 0x68
#define CTX_R14 0x70
#define CTX_R15 0x78
#define CTX_RIP 0x80
#define CTX_RFLAGS 0x88
#define CTX_FSBASE 0x90
#define CTX_GSBASE 0x98
#define CTX_SIZE 0xa0

/* Extended state (x87/SSE/AVX/AVX-512) saved with xsave; 64-byte aligned. */
#define T_XSAVE 0x200
#define T_XSAVE_SIZE 0x3e00

/* The indirect-branch lookup table: a direct-mapped cache of guest rip ->
 * cache address, indexed by the low 16 bits of the guest rip, 16 bytes an
 * entry so that key and value share a cache line. The key holds the
 * NEGATED guest rip so that `lea rcx,[rcx+rdx]; jrcxz` compares without
 * touching rflags. The value is the block's lookup entry (which restores
 * the parked rcx/rdx). An empty entry has key 0 and the miss routine as
 * value, so even a jump to guest address 0 ends up in the miss path. */
#define IBL_BITS 16
#define IBL_ENTRIES (1 << IBL_BITS)
#define T_IBL 0x4000
#define T_IBL_KEY T_IBL
#define T_IBL_VALUE (T_IBL + 8)
#define T_HOT_END (T_IBL + IBL_ENTRIES * 16)

/* Exit kinds: why generated code left the cache. */
#define EXIT_DIRECT 1   /* arg: ExitStub * of an unchained direct branch */
#define EXIT_INDIRECT 2 /* arg: guest target missed by the inline lookup */
#define EXIT_SYSCALL 3  /* arg: guest rip after the syscall instruction */
#define EXIT_FAULT 4    /* arg: guest rip; the signal to raise in bits 8-15 of the kind */
#define EXIT_EMULATE 5  /* arg: guest rip of an instruction for the emulator */
#define EXIT_SIGNAL 6   /* arg: guest rip; a signal is held (the host handler made this exit) */
/* EXIT_WRITE_FAULT, arg: guest rip of a write that faulted (the host
 * handler made this exit): a write to code Shunt protects, or the guest's
 * SIGSEGV. EXIT_STALE, arg: a self-checking Block * whose guest bytes
 * changed. */
#define EXIT_WRITE_FAULT 7
#define EXIT_STALE 8

#endif
