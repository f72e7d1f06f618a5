/*
 * translate/address.c: a guest memory operand's effective address, in a
 * register, computed exactly as the CPU computes it.
 *
 * Used where an operand cannot be copied as it is: a `gs:` operand (the
 * guest's GS base is not in the GS register, see segment.c), a 32-bit
 * `[eip+disp]` operand, an indirect branch through such an operand. The
 * address is that of the guest instruction at its guest rip, never the
 * cache copy's: rip-relative forms become constants, 32-bit address size
 * truncates as the hardware does, and `pop` with an rsp base uses rsp after
 * the pop (the order the CPU uses). No flags change.
 */
#include "translate/translate_internal.h"

#include "translate/emit.h"

#include <string.h>

/* mov reg, imm (imm32 when it fits unsigned: the write zero-extends) */
static void emit_constant(Emitter *e, int reg, uint64_t value)
{
    if (value > UINT32_MAX) {
        emit_mov_imm64(e, reg, value);
        return;
    }
    if (reg >= 8)
        emit_u8(e, 0x41);
    emit_u8(e, (uint8_t)(0xB8 + (reg & 7)));
    emit_u32(e, (uint32_t)value);
}

static bool is_pop_through_rsp(const ScannedInsn *si, const ZydisDecodedOperand *op)
{
    return si->insn.mnemonic == ZYDIS_MNEMONIC_POP && op->mem.base == ZYDIS_REGISTER_RSP;
}

/* lea reg, [base + index*scale + disp] at the operand's address size. */
static bool emit_lea(Emitter *e, const ScannedInsn *si, const ZydisDecodedOperand *op, int reg,
                     int64_t disp)
{
    bool narrow = si->insn.address_width == 32;
    ZydisRegister dest = (ZydisRegister)((narrow ? ZYDIS_REGISTER_EAX : ZYDIS_REGISTER_RAX) + reg);
    ZydisEncoderRequest req;
    translate_reg_mem_request(&req, ZYDIS_MNEMONIC_LEA, dest, op->mem.base, op->mem.index,
                              op->mem.scale, disp);
    req.operands[1].mem.size = narrow ? 4 : 8;
    if (narrow)
        req.address_size_hint = ZYDIS_ADDRESS_SIZE_HINT_32;
    ZyanUSize size = ZYDIS_MAX_INSTRUCTION_LENGTH;
    uint8_t code[ZYDIS_MAX_INSTRUCTION_LENGTH];
    if (!ZYAN_SUCCESS(ZydisEncoderEncodeInstruction(&req, code, &size)))
        return false;
    emit_bytes(e, code, size);
    return true;
}

bool translate_emit_address(Emitter *e, const ScannedInsn *si, const ZydisDecodedOperand *op,
                            int reg)
{
    uint64_t mask = si->insn.address_width == 32 ? UINT32_MAX : UINT64_MAX;
    int64_t disp = op->mem.disp.value;
    if (is_pop_through_rsp(si, op))
        disp += si->insn.operand_width / 8;
    if (op->mem.base == ZYDIS_REGISTER_RIP || op->mem.base == ZYDIS_REGISTER_EIP) {
        emit_constant(e, reg, (si->rip + si->length + (uint64_t)disp) & mask);
        return true;
    }
    if (op->mem.base == ZYDIS_REGISTER_NONE && op->mem.index == ZYDIS_REGISTER_NONE) {
        emit_constant(e, reg, (uint64_t)disp & mask);
        return true;
    }
    return emit_lea(e, si, op, reg, disp);
}
