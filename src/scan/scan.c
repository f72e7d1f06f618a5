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
#include "scan/scan.h"

#include <signal.h>
#include <string.h>

static ZydisDecoder *decoder_get(void)
{
    /* The decoder is immutable after init: shared read-only state. */
    static ZydisDecoder decoder;
    static bool ready;
    if (!ready) {
        ZydisDecoderInit(&decoder, ZYDIS_MACHINE_MODE_LONG_64, ZYDIS_STACK_WIDTH_64);
        ready = true;
    }
    return &decoder;
}

bool scan_ends_block(InsnKind kind)
{
    /* Conditional branches do not: the block goes on along the
     * fall-through path, with a side exit for the taken edge. */
    return kind != INSN_PLAIN && kind != INSN_RIPREL && kind != INSN_JCC && kind != INSN_JCC_SHORT;
}

static bool has_rip_operand(const ScannedInsn *si)
{
    if (!(si->insn.attributes & ZYDIS_ATTRIB_IS_RELATIVE))
        return false; /* and its operands were not decoded */
    for (uint8_t i = 0; i < si->insn.operand_count; i++) {
        const ZydisDecodedOperand *op = &si->ops[i];
        if (op->type == ZYDIS_OPERAND_TYPE_MEMORY && op->mem.base == ZYDIS_REGISTER_RIP)
            return true;
    }
    return false;
}

/* Instructions that always fault in user mode, and with which signal. */
static int fault_signal_of(const ZydisDecodedInstruction *insn)
{
    switch (insn->mnemonic) {
    case ZYDIS_MNEMONIC_UD0:
    case ZYDIS_MNEMONIC_UD1:
    case ZYDIS_MNEMONIC_UD2:
        return SIGILL;
    case ZYDIS_MNEMONIC_INT3:
    case ZYDIS_MNEMONIC_INT1:
        return SIGTRAP;
    case ZYDIS_MNEMONIC_HLT:
    case ZYDIS_MNEMONIC_INT:
    case ZYDIS_MNEMONIC_INTO:
    case ZYDIS_MNEMONIC_IRET:
    case ZYDIS_MNEMONIC_IRETD:
    case ZYDIS_MNEMONIC_IRETQ:
    case ZYDIS_MNEMONIC_SYSENTER:
    case ZYDIS_MNEMONIC_SYSEXIT:
    case ZYDIS_MNEMONIC_SYSRET:
        return SIGSEGV;
    default:
        break;
    }
    if (insn->attributes & ZYDIS_ATTRIB_IS_PRIVILEGED)
        return SIGSEGV;
    return 0;
}

static InsnKind classify_branch(ScannedInsn *si)
{
    const ZydisDecodedInstruction *insn = &si->insn;
    bool relative = (insn->attributes & ZYDIS_ATTRIB_IS_RELATIVE) && !has_rip_operand(si);
    if (relative)
        ZydisCalcAbsoluteAddress(insn, &si->ops[0], si->rip, &si->target);
    switch (insn->meta.category) {
    case ZYDIS_CATEGORY_UNCOND_BR:
        if (insn->meta.branch_type == ZYDIS_BRANCH_TYPE_FAR)
            return INSN_FAULT;
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
        if (insn->meta.branch_type == ZYDIS_BRANCH_TYPE_FAR)
            return INSN_FAULT;
        return relative ? INSN_CALL : INSN_CALL_INDIRECT;
    case ZYDIS_CATEGORY_RET:
        if (insn->mnemonic != ZYDIS_MNEMONIC_RET || insn->meta.branch_type == ZYDIS_BRANCH_TYPE_FAR)
            return INSN_FAULT;
        return INSN_RET;
    default:
        return INSN_PLAIN;
    }
}

static InsnKind classify(ScannedInsn *si)
{
    int signal = fault_signal_of(&si->insn);
    if (signal) {
        si->fault_signal = signal;
        return INSN_FAULT;
    }
    if (si->insn.mnemonic == ZYDIS_MNEMONIC_SYSCALL)
        return INSN_SYSCALL;
    InsnKind kind = classify_branch(si);
    if (kind == INSN_FAULT) {
        si->fault_signal = SIGSEGV; /* far transfers: #GP on a user selector */
        return kind;
    }
    if (kind != INSN_PLAIN)
        return kind;
    if (has_rip_operand(si))
        return INSN_RIPREL;
    if (si->insn.attributes & ZYDIS_ATTRIB_IS_RELATIVE) {
        /* A relative immediate outside the branches (xbegin): the CPU here
         * has no RTM, so natively this is #UD. */
        si->fault_signal = SIGILL;
        return INSN_FAULT;
    }
    return INSN_PLAIN;
}

/* Decodes one instruction at `rip`; false when the block must end in a
 * fault there (the fault is recorded in *si). */
/* Operands are decoded only for the instructions whose translation or
 * classification looks at them: most instructions are copied as bytes,
 * and decoding operands is a third of the cost of scanning. */
static bool needs_operands(const ZydisDecodedInstruction *insn)
{
    const ZydisInstructionAttributes interesting =
        ZYDIS_ATTRIB_IS_RELATIVE | ZYDIS_ATTRIB_HAS_SEGMENT_GS;
    if (insn->attributes & interesting)
        return true;
    switch (insn->meta.category) {
    case ZYDIS_CATEGORY_UNCOND_BR:
    case ZYDIS_CATEGORY_COND_BR:
    case ZYDIS_CATEGORY_CALL:
    case ZYDIS_CATEGORY_RET:
        return true;
    default:
        return insn->mnemonic == ZYDIS_MNEMONIC_RDGSBASE ||
               insn->mnemonic == ZYDIS_MNEMONIC_WRGSBASE;
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
        si->kind = INSN_FAULT;
        /* Ran into the end of executable memory mid-instruction: the fetch
         * faults. Otherwise the bytes are not an instruction: #UD. */
        si->fault_signal =
            (avail < ZYDIS_MAX_INSTRUCTION_LENGTH && status == ZYDIS_STATUS_NO_MORE_DATA) ? SIGSEGV
                                                                                          : SIGILL;
        return;
    }
    si->length = si->insn.length;
    si->kind = classify(si);
}

void scan_block(GuestAddr rip, ScanExecutableBytes executable, void *arg, ScannedBlock *out)
{
    out->start = rip;
    out->count = 0;
    while (out->count < SCAN_MAX_INSNS) {
        ScannedInsn *si = &out->insns[out->count++];
        decode_one(rip, executable, arg, si);
        if (scan_ends_block(si->kind))
            return;
        rip += si->length;
    }
}
