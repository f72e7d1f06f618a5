/*
 * scan: CSAM, the code scanner.
 *
 * PURPOSE: decode guest code with Zydis from a guest rip to the end of its
 * block (the first unconditional control transfer, a syscall, an
 * instruction that must fault, or a size limit; conditional branches are
 * side exits and the block goes on along their fall-through path) and classify every instruction as
 * plain (copied byte for byte) or sensitive (rewritten by translate/). The scanner reads guest
 * memory only where the guest's memory map says it is executable, so a jump into data or into
 * nothing becomes a FAULT with the signal the CPU would have raised.
 */
#ifndef SHUNT_SCAN_H
#define SHUNT_SCAN_H

#include "base/base.h"

#include <Zydis/Zydis.h>

#define SCAN_MAX_INSNS 64
/* A block ends after this many conditional branches: each taken edge may
 * start a block that copies the rest again, so straight code full of
 * branches would otherwise be translated up to 64 times over. */
#define SCAN_MAX_SIDE_EXITS 16

typedef enum InsnKind {
    INSN_PLAIN,         /* copied as it is */
    INSN_RIPREL,        /* plain, but with a rip-relative memory operand */
    INSN_JMP,           /* direct jmp: target */
    INSN_JCC,           /* direct conditional branch with a rel8/rel32 form: target */
    INSN_JCC_SHORT,     /* loop/loope/loopne/jrcxz/jecxz (rel8 only): target */
    INSN_CALL,          /* direct call: target */
    INSN_JMP_INDIRECT,  /* jmp reg/mem */
    INSN_CALL_INDIRECT, /* call reg/mem */
    INSN_RET,           /* ret / ret imm16 */
    INSN_SYSCALL,       /* syscall */
    INSN_POPF,          /* popf: copied, but a popf that sets TF single-steps (emulated) */
    INSN_XBEGIN,        /* xbegin on a CPU with RTM: aborts at once to target */
    INSN_EMULATE,       /* run by Shunt's emulator (far transfers, GS loads, wrgsbase) */
    INSN_FAULT,         /* raises fault_signal at this rip when reached */
} InsnKind;

typedef struct ScannedInsn {
    GuestAddr rip;
    InsnKind kind;
    uint8_t length;
    int fault_signal; /* INSN_FAULT: SIGILL, SIGSEGV, SIGTRAP, ... */
    GuestAddr target; /* direct branches and calls */
    bool narrow;      /* a 16-bit near branch (AMD with a 66 prefix): 16-bit rip, 2-byte push/pop */
    uint8_t bytes[ZYDIS_MAX_INSTRUCTION_LENGTH];
    ZydisDecodedInstruction insn;
    /* Decoded only for sensitive instructions (branches, rip-relative and
     * GS operands): plain ones are copied as bytes. */
    ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
} ScannedInsn;

typedef struct ScannedBlock {
    GuestAddr start;
    size_t count;
    ScannedInsn insns[SCAN_MAX_INSNS];
} ScannedBlock;

/* How many bytes from `addr` on are executable guest memory (0: none). The
 * scanner asks this before it reads a byte of guest code. */
typedef size_t (*ScanExecutableBytes)(void *arg, GuestAddr addr);

/* Scans the block starting at `rip` into `out`, at most `max_insns`
 * instructions (SCAN_MAX_INSNS at most). Always succeeds: code that cannot
 * be decoded or fetched ends the block with an INSN_FAULT. */
void scan_block(GuestAddr rip, ScanExecutableBytes executable, void *arg, size_t max_insns,
                ScannedBlock *out);

/* The decoder the scanner uses, set up to decode as this CPU executes
 * (AMD 16-bit branches, MPX or hint NOPs). */
const ZydisDecoder *scan_decoder(void);

/* True on an AMD CPU, where some encodings mean what Intel's do not
 * (16-bit near branches, far jmp/call through m16:64). */
bool scan_cpu_is_amd(void);

/* True if the instruction may write memory (an explicit operand, the
 * stack, a string store); an instruction only the CPU could decode
 * counts as one. */
bool scan_writes_memory(const ScannedInsn *si);

/* True if the instruction ends a block. */
bool scan_ends_block(InsnKind kind);

#endif
