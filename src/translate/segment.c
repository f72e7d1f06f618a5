/*
 * translate/segment.c: the guest's own GS.
 *
 * Shunt owns the GS base (it points at the Thread), so a guest that sets
 * GS (arch_prctl(ARCH_SET_GS), wrgsbase) keeps its base in its context,
 * and every gs: operand is rewritten to use that base explicitly, as
 * DynamoRIO mangles the segment it steals:
 *
 *   mov gs:[SLOT_SCRATCH], R          ; R: a register the insn does not use
 *   mov R, gs:[CTX_GSBASE]
 *   lea R, [R + base]                 ; only when the operand has base and index
 *   <insn with [R + index*scale + disp] (or [R + base + disp])>, no segment
 *   mov R, gs:[SLOT_SCRATCH]
 *
 * rdgsbase/wrgsbase become moves from/to the context slot. No flags change.
 */
#include "translate/translate_internal.h"

#include "dispatch/layout.h"
#include "translate/emit.h"

#include <string.h>

#define SLOT_GUEST_GSBASE (T_CTX + CTX_GSBASE)

static size_t gsbase_move(const ScannedInsn *si, uint8_t *out)
{
    int reg = translate_gpr_number(si->ops[0].reg.value);
    if (reg < 0 || si->insn.operand_width != 64)
        return 0;
    Emitter e = {out, out};
    if (si->insn.mnemonic == ZYDIS_MNEMONIC_RDGSBASE)
        emit_load_slot(&e, reg, SLOT_GUEST_GSBASE);
    else
        emit_store_slot(&e, reg, SLOT_GUEST_GSBASE);
    return (size_t)(e.p - out);
}

/* lea R, [R + base] */
static bool emit_add_base(Emitter *e, int scratch, ZydisRegister base)
{
    ZydisRegister r = (ZydisRegister)(ZYDIS_REGISTER_RAX + scratch);
    ZydisEncoderRequest req;
    translate_reg_mem_request(&req, ZYDIS_MNEMONIC_LEA, r, r, base, 1, 0);
    ZyanUSize size = ZYDIS_MAX_INSTRUCTION_LENGTH;
    if (!ZYAN_SUCCESS(ZydisEncoderEncodeInstruction(&req, e->p, &size)))
        return false;
    e->p += size;
    return true;
}

size_t translate_guest_gs(const ScannedInsn *si, uint8_t *out)
{
    if (si->insn.mnemonic == ZYDIS_MNEMONIC_RDGSBASE ||
        si->insn.mnemonic == ZYDIS_MNEMONIC_WRGSBASE)
        return gsbase_move(si, out);
    int index = translate_memory_operand(si, ZYDIS_REGISTER_GS);
    int scratch = translate_free_scratch(si);
    ZydisEncoderRequest req;
    if (index < 0 || scratch < 0 || !translate_to_request(si, &req))
        return 0;
    ZydisEncoderOperand *mem = &req.operands[index];
    ZydisRegister r = (ZydisRegister)(ZYDIS_REGISTER_RAX + scratch);
    Emitter e = {out, out};
    emit_store_slot(&e, scratch, T_SLOT_SCRATCH);
    emit_load_slot(&e, scratch, SLOT_GUEST_GSBASE);
    if (mem->mem.base != ZYDIS_REGISTER_NONE && mem->mem.index != ZYDIS_REGISTER_NONE) {
        if (mem->mem.base == ZYDIS_REGISTER_RIP || !emit_add_base(&e, scratch, mem->mem.base))
            return 0;
        mem->mem.base = r;
    } else if (mem->mem.base != ZYDIS_REGISTER_NONE) {
        if (mem->mem.base == ZYDIS_REGISTER_RIP)
            return 0;
        mem->mem.index = mem->mem.base;
        mem->mem.scale = 1;
        mem->mem.base = r;
    } else {
        mem->mem.base = r;
    }
    req.prefixes &= ~(ZydisInstructionAttributes)ZYDIS_ATTRIB_HAS_SEGMENT_GS;
    ZyanUSize size = ZYDIS_MAX_INSTRUCTION_LENGTH;
    if (!ZYAN_SUCCESS(ZydisEncoderEncodeInstruction(&req, e.p, &size)))
        return 0;
    e.p += size;
    emit_load_slot(&e, scratch, T_SLOT_SCRATCH);
    return (size_t)(e.p - out);
}
