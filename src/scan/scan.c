/*
 * scan/scan.c: decoding and classifying guest instructions (CSAM).
 *
 * Classification follows DESIGN.md decision 1. What is not sensitive is
 * plain and will be copied byte for byte; that is what makes a same-ISA
 * translator fast. Anything that would fault natively (ud2, int3, hlt,
 * privileged instructions, bytes Zydis cannot decode, a fetch from memory
 * that is not executable) becomes INSN_FAULT with the signal the kernel
 * would have delivered, and ends the block.
 */
#include "scan/scan_internal.h"

#include <cpuid.h>
#include <signal.h>
#include <string.h>

/* What this CPU does where CPUs differ: the scanner must decode and
 * classify as the hardware will execute (DESIGN.md: the guest runs on this
 * CPU, not on a model of one). */
typedef struct ScanCpu {
    bool is_amd; /* 66-prefixed near branches are 16-bit (Zydis AMD mode) */
    bool has_rtm;
    bool has_mpx; /* without MPX, 0F 1A/1B are hint NOPs */
} ScanCpu;

static ScanCpu cpu_probe(void)
{
    unsigned eax, ebx, ecx, edx;
    ScanCpu cpu = {0};
    __cpuid(0, eax, ebx, ecx, edx);
    cpu.is_amd = ebx == 0x68747541; /* "Auth"enticAMD */
    if (eax >= 7) {
        __cpuid_count(7, 0, eax, ebx, ecx, edx);
        cpu.has_rtm = (ebx >> 11) & 1;
        cpu.has_mpx = (ebx >> 14) & 1;
    }
    return cpu;
}

typedef struct ScanGlobals {
    ZydisDecoder decoder;
    ScanCpu cpu;
} ScanGlobals;

static const ScanGlobals *globals_get(void)
{
    /* Immutable after the first call: shared read-only state. */
    static ScanGlobals globals;
    static bool ready;
    if (!ready) {
        globals.cpu = cpu_probe();
        ZydisDecoderInit(&globals.decoder, ZYDIS_MACHINE_MODE_LONG_64, ZYDIS_STACK_WIDTH_64);
        ZydisDecoderEnableMode(&globals.decoder, ZYDIS_DECODER_MODE_AMD_BRANCHES,
                               globals.cpu.is_amd);
        ZydisDecoderEnableMode(&globals.decoder, ZYDIS_DECODER_MODE_MPX, globals.cpu.has_mpx);
        ready = true;
    }
    return &globals;
}

static const ZydisDecoder *decoder_get(void)
{
    return &globals_get()->decoder;
}

bool scan_ends_block(InsnKind kind)
{
    /* Conditional branches do not: the block goes on along the
     * fall-through path, with a side exit for the taken edge. Nor does
     * popf, whose emulated case leaves through a side exit. */
    return kind != INSN_PLAIN && kind != INSN_RIPREL && kind != INSN_JCC &&
           kind != INSN_JCC_SHORT && kind != INSN_POPF;
}

static bool has_rip_operand(const ScannedInsn *si)
{
    if (!(si->insn.attributes & ZYDIS_ATTRIB_IS_RELATIVE))
        return false; /* and its operands were not decoded */
    for (uint8_t i = 0; i < si->insn.operand_count; i++) {
        const ZydisDecodedOperand *op = &si->ops[i];
        if (op->type == ZYDIS_OPERAND_TYPE_MEMORY &&
            (op->mem.base == ZYDIS_REGISTER_RIP || op->mem.base == ZYDIS_REGISTER_EIP))
            return true;
    }
    return false;
}

static bool is_far_branch(const ZydisDecodedInstruction *insn)
{
    switch (insn->meta.category) {
    case ZYDIS_CATEGORY_UNCOND_BR:
    case ZYDIS_CATEGORY_CALL:
    case ZYDIS_CATEGORY_RET:
        return insn->meta.branch_type == ZYDIS_BRANCH_TYPE_FAR;
    default:
        return false;
    }
}

/* Loads of the GS selector (mov gs, r/m; pop gs; lgs): on the hardware
 * they replace the GS base, which is Shunt's. */
static bool loads_gs_selector(const ZydisDecodedInstruction *insn)
{
    if (insn->mnemonic == ZYDIS_MNEMONIC_LGS)
        return true;
    if (insn->opcode_map == ZYDIS_OPCODE_MAP_DEFAULT)
        return insn->opcode == 0x8E && insn->raw.modrm.reg == 5; /* mov sreg: reg 5 is gs */
    return insn->opcode_map == ZYDIS_OPCODE_MAP_0F && insn->opcode == 0xA9; /* pop gs */
}

/*
 * Instructions run by Shunt's C code at every execution (dispatch's
 * emulator): `int 0x80` is a system call Shunt must see, far transfers and iret would leave the
 * cache for guest code, loading GS or its base would replace Shunt's own GS, and wrgsbase must
 * check its value as the CPU does.
 */
static bool must_emulate(const ZydisDecodedInstruction *insn)
{
    if (insn->mnemonic == ZYDIS_MNEMONIC_INT)
        return insn->raw.imm[0].value.u == 0x80; /* a 32-bit system call (os/ia32.c) */
    switch (insn->mnemonic) {
    case ZYDIS_MNEMONIC_IRET:
    case ZYDIS_MNEMONIC_IRETD:
    case ZYDIS_MNEMONIC_IRETQ:
    case ZYDIS_MNEMONIC_WRGSBASE:
        return true;
    default:
        return is_far_branch(insn) || loads_gs_selector(insn);
    }
}

/*
 * Instructions Shunt cannot let the CPU run and does not emulate yet, with
 * the signal they raise under Shunt: `sysenter` on a non-AMD CPU enters the
 * kernel's compat entry.
 * Everything else that faults natively (ud2, int3, int n, hlt, privileged
 * instructions) is copied: the CPU raises exactly what it raises natively.
 */
static int withheld_signal(const ZydisDecodedInstruction *insn, const ScanCpu *cpu)
{
    if (insn->mnemonic == ZYDIS_MNEMONIC_SYSENTER && !cpu->is_amd)
        return SIGSEGV;
    return 0;
}

/* AMD honours a 66 prefix on every near branch (Intel ignores it): the
 * new rip is truncated to 16 bits, and call, ret push and pop 2 bytes.
 * REX.W wins over 66, as for any operand size: `66 66 48 e8` is the
 * padded call __tls_get_addr of the TLS general-dynamic sequence, a
 * 64-bit call on every CPU. */
static bool is_narrow_branch(const ZydisDecodedInstruction *insn)
{
    return globals_get()->cpu.is_amd && (insn->attributes & ZYDIS_ATTRIB_HAS_OPERANDSIZE) &&
           !insn->raw.rex.W;
}

static GuestAddr branch_target(const ScannedInsn *si, const ZydisDecodedOperand *op)
{
    ZyanU64 target = 0;
    ZydisCalcAbsoluteAddress(&si->insn, op, si->rip, &target);
    return si->narrow ? target & 0xFFFF : target;
}

static InsnKind classify_branch(ScannedInsn *si)
{
    const ZydisDecodedInstruction *insn = &si->insn;
    bool relative = (insn->attributes & ZYDIS_ATTRIB_IS_RELATIVE) && !has_rip_operand(si);
    si->narrow = is_narrow_branch(insn);
    if (relative)
        si->target = branch_target(si, &si->ops[0]);
    switch (insn->meta.category) {
    case ZYDIS_CATEGORY_UNCOND_BR:
        return relative ? INSN_JMP : INSN_JMP_INDIRECT;
    case ZYDIS_CATEGORY_COND_BR:
        switch (insn->mnemonic) {
        case ZYDIS_MNEMONIC_LOOP:
        case ZYDIS_MNEMONIC_LOOPE:
        case ZYDIS_MNEMONIC_LOOPNE:
        case ZYDIS_MNEMONIC_JRCXZ:
        case ZYDIS_MNEMONIC_JECXZ:
        case ZYDIS_MNEMONIC_JCXZ:
            return INSN_JCC_SHORT;
        default:
            return INSN_JCC;
        }
    case ZYDIS_CATEGORY_CALL:
        return relative ? INSN_CALL : INSN_CALL_INDIRECT;
    case ZYDIS_CATEGORY_RET:
        return INSN_RET;
    default:
        return INSN_PLAIN;
    }
}

/* Restricted transactional memory. A transaction may always abort, so on a
 * CPU with RTM xbegin aborts at once (the program takes its fallback path)
 * and the others, outside a transaction, are copied (xtest: not in one;
 * xabort: nothing; xend: #GP). Without RTM all four are copied and raise
 * #UD, as natively. */
static bool classify_rtm(ScannedInsn *si, const ScanCpu *cpu)
{
    switch (si->insn.mnemonic) {
    case ZYDIS_MNEMONIC_XBEGIN:
        si->kind = cpu->has_rtm ? INSN_XBEGIN : INSN_PLAIN;
        si->target = branch_target(si, &si->ops[0]);
        return true;
    case ZYDIS_MNEMONIC_XEND:
    case ZYDIS_MNEMONIC_XABORT:
    case ZYDIS_MNEMONIC_XTEST:
        si->kind = INSN_PLAIN;
        return true;
    default:
        return false;
    }
}

static InsnKind classify(ScannedInsn *si)
{
    const ScanCpu *cpu = &globals_get()->cpu;
    int signal = withheld_signal(&si->insn, cpu);
    if (signal) {
        si->fault_signal = signal;
        return INSN_FAULT;
    }
    if (classify_rtm(si, cpu))
        return si->kind;
    if (must_emulate(&si->insn))
        return INSN_EMULATE;
    if (si->insn.mnemonic == ZYDIS_MNEMONIC_SYSCALL)
        return INSN_SYSCALL;
    if (si->insn.opcode_map == ZYDIS_OPCODE_MAP_DEFAULT && si->insn.opcode == 0x9D)
        return INSN_POPF;
    InsnKind kind = classify_branch(si);
    if (kind != INSN_PLAIN)
        return kind;
    si->narrow = false;
    if (has_rip_operand(si))
        return INSN_RIPREL;
    return INSN_PLAIN;
}

/* Operands are decoded only for the instructions whose translation or
 * classification looks at them: most instructions are copied as bytes,
 * and decoding operands is a third of the cost of scanning. */
static bool needs_operands(const ZydisDecodedInstruction *insn)
{
    const ZydisInstructionAttributes interesting =
        ZYDIS_ATTRIB_IS_RELATIVE | ZYDIS_ATTRIB_HAS_SEGMENT_GS;
    if (insn->attributes & interesting)
        return true;
    for (uint8_t i = 0; i < insn->raw.prefix_count; i++)
        if (insn->raw.prefixes[i].value == 0x65)
            return true; /* a gs: operand Zydis may not attribute (clzero) */
    switch (insn->meta.category) {
    case ZYDIS_CATEGORY_UNCOND_BR:
    case ZYDIS_CATEGORY_COND_BR:
    case ZYDIS_CATEGORY_CALL:
    case ZYDIS_CATEGORY_RET:
        return true;
    default:
        return insn->mnemonic == ZYDIS_MNEMONIC_RDGSBASE;
    }
}

/* The signal of bytes Zydis would not decode: longer than 15 bytes is #GP;
 * running into the end of executable memory mid-instruction is a fetch
 * fault; anything else is #UD. Zydis decodes as this CPU does where CPUs
 * differ (globals_get), so what it refuses the CPU refuses too. */
static int undecodable_signal(ZyanStatus status)
{
    /* NO_MORE_DATA: fewer than 15 bytes were fetchable (the fetch faults),
     * or 15 were and the instruction is longer. */
    if (status == ZYDIS_STATUS_INSTRUCTION_TOO_LONG || status == ZYDIS_STATUS_NO_MORE_DATA)
        return SIGSEGV;
    return SIGILL;
}

/* Bytes Zydis refuses: too long or cut short by the end of executable
 * memory, they fault; otherwise the CPU itself is asked (probe.c), and an
 * instruction it runs is copied as it is. */
static void decode_refused(ScannedInsn *si, ZyanStatus status, size_t avail)
{
    si->kind = INSN_FAULT;
    si->fault_signal = undecodable_signal(status);
    if (si->fault_signal != SIGILL)
        return;
    uint8_t length;
    int signal = scan_probe_cpu(si->bytes, avail, &length);
    memset(&si->insn, 0, sizeof(si->insn));
    if (signal == 0) {
        si->kind = INSN_PLAIN;
        si->length = length;
        si->insn.length = length;
    } else {
        si->fault_signal = signal;
    }
}

static void decode_one(GuestAddr rip, ScanExecutableBytes executable, void *arg, ScannedInsn *si)
{
    memset(si, 0, offsetof(ScannedInsn, insn));
    si->rip = rip;
    size_t avail = executable(arg, rip);
    if (avail == 0) {
        si->kind = INSN_FAULT;
        si->fault_signal = SIGSEGV;
        return;
    }
    if (avail > ZYDIS_MAX_INSTRUCTION_LENGTH)
        avail = ZYDIS_MAX_INSTRUCTION_LENGTH;
    memcpy(si->bytes, (const void *)rip, avail);
    ZydisDecoderContext context;
    ZyanStatus status =
        ZydisDecoderDecodeInstruction(decoder_get(), &context, si->bytes, avail, &si->insn);
    if (ZYAN_SUCCESS(status) && needs_operands(&si->insn))
        status = ZydisDecoderDecodeOperands(decoder_get(), &context, &si->insn, si->ops,
                                            si->insn.operand_count);
    if (!ZYAN_SUCCESS(status)) {
        decode_refused(si, status, avail);
        return;
    }
    si->length = si->insn.length;
    si->kind = classify(si);
}

void scan_block(GuestAddr rip, ScanExecutableBytes executable, void *arg, size_t max_insns,
                ScannedBlock *out)
{
    out->start = rip;
    out->count = 0;
    if (max_insns > SCAN_MAX_INSNS)
        max_insns = SCAN_MAX_INSNS;
    size_t side_exits = 0;
    while (out->count < max_insns) {
        ScannedInsn *si = &out->insns[out->count++];
        decode_one(rip, executable, arg, si);
        if (scan_ends_block(si->kind))
            return;
        if ((si->kind == INSN_JCC || si->kind == INSN_JCC_SHORT) &&
            ++side_exits == SCAN_MAX_SIDE_EXITS)
            return;
        rip += si->length;
    }
}

bool scan_writes_memory(const ScannedInsn *si)
{
    ZydisDecodedInstruction insn;
    ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
    if (si->length == 0)
        return false; /* fetched nothing: it faults */
    if (!ZYAN_SUCCESS(ZydisDecoderDecodeFull(decoder_get(), si->bytes, si->length, &insn, ops)))
        return true;
    for (uint8_t i = 0; i < insn.operand_count; i++) {
        const ZydisDecodedOperand *op = &ops[i];
        if (op->type == ZYDIS_OPERAND_TYPE_MEMORY && op->mem.type != ZYDIS_MEMOP_TYPE_AGEN &&
            op->mem.type != ZYDIS_MEMOP_TYPE_MIB && (op->actions & ZYDIS_OPERAND_ACTION_MASK_WRITE))
            return true;
    }
    return false;
}

const ZydisDecoder *scan_decoder(void)
{
    return decoder_get();
}

bool scan_cpu_is_amd(void)
{
    return globals_get()->cpu.is_amd;
}
