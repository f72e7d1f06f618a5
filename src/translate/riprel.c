/*
 * translate/riprel.c: rip-relative operands at a new address.
 *
 * The copy runs at a cache address, so a [rip+disp] operand must be
 * re-encoded to reach the same absolute address from there. Zydis does the
 * re-encoding (EVEX disp8*N compression included: never patch bytes by
 * hand). When the cache is more than 2 GiB away from the operand, the
 * address is materialized in a scratch register that the instruction does
 * not use, parked in a Thread slot around it; lea becomes a mov of the
 * absolute address. None of this touches rflags.
 */
#include "translate/translate_internal.h"

#include "dispatch/layout.h"
#include "translate/emit.h"

#include <string.h>

int translate_gpr_number(ZydisRegister reg)
{
    ZydisRegister full = ZydisRegisterGetLargestEnclosing(ZYDIS_MACHINE_MODE_LONG_64, reg);
    if (full >= ZYDIS_REGISTER_RAX && full <= ZYDIS_REGISTER_R15)
        return (int)(full - ZYDIS_REGISTER_RAX);
    return -1;
}

int translate_memory_operand(const ScannedInsn *si, ZydisRegister segment)
{
    for (uint8_t i = 0; i < si->insn.operand_count_visible; i++) {
        const ZydisDecodedOperand *op = &si->ops[i];
        if (op->type != ZYDIS_OPERAND_TYPE_MEMORY)
            continue;
        if (segment == ZYDIS_REGISTER_RIP ? op->mem.base == ZYDIS_REGISTER_RIP
                                          : op->mem.segment == segment)
            return i;
    }
    return -1;
}

static GuestAddr operand_address(const ScannedInsn *si, const ZydisDecodedOperand *op)
{
    return si->rip + si->length + (uint64_t)op->mem.disp.value;
}

int translate_free_scratch(const ScannedInsn *si)
{
    uint32_t used = 1u << REG_RSP;
    for (uint8_t i = 0; i < si->insn.operand_count; i++) {
        const ZydisDecodedOperand *op = &si->ops[i];
        ZydisRegister regs[3] = {ZYDIS_REGISTER_NONE, ZYDIS_REGISTER_NONE, ZYDIS_REGISTER_NONE};
        if (op->type == ZYDIS_OPERAND_TYPE_REGISTER)
            regs[0] = op->reg.value;
        if (op->type == ZYDIS_OPERAND_TYPE_MEMORY) {
            regs[1] = op->mem.base;
            regs[2] = op->mem.index;
        }
        for (int r = 0; r < 3; r++) {
            int n = translate_gpr_number(regs[r]);
            if (n >= 0)
                used |= 1u << n;
        }
    }
    for (int reg = REG_RAX; reg <= REG_R15; reg++)
        if (!(used & (1u << reg)))
            return reg;
    return -1;
}

static bool encode(ZydisEncoderRequest *req, uint8_t *out, size_t *len, uint8_t *runtime)
{
    ZyanUSize size = ZYDIS_MAX_INSTRUCTION_LENGTH;
    ZyanStatus status =
        ZydisEncoderEncodeInstructionAbsolute(req, out, &size, (ZyanU64)(uintptr_t)runtime);
    *len = size;
    return ZYAN_SUCCESS(status);
}

void translate_reg_mem_request(ZydisEncoderRequest *req, ZydisMnemonic mnemonic, ZydisRegister reg,
                               ZydisRegister base, ZydisRegister index, uint8_t scale,
                               int64_t displacement)
{
    memset(req, 0, sizeof(*req));
    req->machine_mode = ZYDIS_MACHINE_MODE_LONG_64;
    req->mnemonic = mnemonic;
    req->operand_count = 2;
    req->operands[0].type = ZYDIS_OPERAND_TYPE_REGISTER;
    req->operands[0].reg.value = reg;
    req->operands[1].type = ZYDIS_OPERAND_TYPE_MEMORY;
    req->operands[1].mem.base = base;
    req->operands[1].mem.index = index;
    req->operands[1].mem.scale = scale;
    req->operands[1].mem.size = 8;
    req->operands[1].mem.displacement = displacement;
}

bool translate_to_request(const ScannedInsn *si, ZydisEncoderRequest *req)
{
    return ZYAN_SUCCESS(ZydisEncoderDecodedInstructionToEncoderRequest(
        &si->insn, si->ops, si->insn.operand_count_visible, req));
}

/* lea reg64, [rip+x] -> mov reg64, imm64 */
static size_t far_lea(const ScannedInsn *si, GuestAddr address, uint8_t *out)
{
    int reg = translate_gpr_number(si->ops[0].reg.value);
    if (si->insn.operand_width != 64 || reg < 0)
        return 0;
    Emitter e = {out, out};
    emit_mov_imm64(&e, reg, address);
    return (size_t)(e.p - out);
}

static size_t far_operand(const ScannedInsn *si, int index, GuestAddr address, uint8_t *out)
{
    if (si->insn.mnemonic == ZYDIS_MNEMONIC_LEA)
        return far_lea(si, address, out);
    int scratch = translate_free_scratch(si);
    ZydisEncoderRequest req;
    if (scratch < 0 || !translate_to_request(si, &req))
        return 0;
    req.operands[index].mem.base = (ZydisRegister)(ZYDIS_REGISTER_RAX + scratch);
    req.operands[index].mem.displacement = 0;
    Emitter e = {out, out};
    emit_store_slot(&e, scratch, T_SLOT_SCRATCH);
    emit_mov_imm64(&e, scratch, address);
    size_t len;
    if (!encode(&req, e.p, &len, e.p))
        return 0;
    e.p += len;
    emit_load_slot(&e, scratch, T_SLOT_SCRATCH);
    return (size_t)(e.p - out);
}

size_t translate_riprel(const ScannedInsn *si, uint8_t *out)
{
    int index = translate_memory_operand(si, ZYDIS_REGISTER_RIP);
    if (index < 0)
        return 0;
    GuestAddr address = operand_address(si, &si->ops[index]);
    ZydisEncoderRequest req;
    if (translate_to_request(si, &req)) {
        req.operands[index].mem.displacement = (ZyanI64)address;
        size_t len;
        if (encode(&req, out, &len, out))
            return len;
    }
    return far_operand(si, index, address, out);
}
