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
        bool rip_based = op->mem.base == ZYDIS_REGISTER_RIP || op->mem.base == ZYDIS_REGISTER_EIP;
        if (segment == ZYDIS_REGISTER_RIP ? rip_based : op->mem.segment == segment)
            return i;
    }
    return -1;
}

/* The operand's address as the CPU computes it ([eip+disp] truncates). */
static GuestAddr operand_address(const ScannedInsn *si, const ZydisDecodedOperand *op)
{
    GuestAddr address = si->rip + si->length + (uint64_t)op->mem.disp.value;
    return si->insn.address_width == 32 ? (uint32_t)address : address;
}

int translate_free_scratch(const ScannedInsn *si, uint32_t exclude)
{
    uint32_t used = (1u << REG_RSP) | exclude;
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

static bool encode(ZydisEncoderRequest *req, uint8_t *out, size_t *len, const uint8_t *runtime)
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

/* lea of a rip-relative address is a constant: mov r64/r32/r16, imm. The
 * operand size truncates it (lea eax zero-extends, lea ax keeps the upper
 * bits of rax, exactly as mov does). */
static size_t lea_constant(const ScannedInsn *si, GuestAddr address, uint8_t *out)
{
    int reg = translate_gpr_number(si->ops[0].reg.value);
    if (reg < 0)
        return 0;
    Emitter e = {out, out, 0};
    if (si->insn.operand_width == 64 && address > UINT32_MAX) {
        emit_mov_imm64(&e, reg, address);
        return (size_t)(e.p - out);
    }
    if (si->insn.operand_width == 16)
        emit_u8(&e, 0x66);
    if (reg >= 8)
        emit_u8(&e, 0x41);
    emit_u8(&e, (uint8_t)(0xB8 + (reg & 7)));
    if (si->insn.operand_width == 16)
        emit_bytes(&e, &(uint16_t){(uint16_t)address}, 2);
    else
        emit_u32(&e, (uint32_t)address);
    return (size_t)(e.p - out);
}

/* The operand through a scratch register holding its absolute address. */
static size_t through_scratch(const ScannedInsn *si, int index, GuestAddr address, uint8_t *out,
                              const uint8_t *at, StateNotes *notes)
{
    int scratch = translate_free_scratch(si, 0);
    ZydisEncoderRequest req;
    if (scratch < 0 || !translate_to_request(si, &req))
        return 0;
    req.operands[index].mem.base = (ZydisRegister)(ZYDIS_REGISTER_RAX + scratch);
    req.operands[index].mem.displacement = 0;
    req.address_size_hint = ZYDIS_ADDRESS_SIZE_HINT_NONE;
    Emitter e = {out, out, 0};
    emit_store_slot(&e, scratch, T_SLOT_SCRATCH);
    if (notes)
        translate_notes_add(notes, (size_t)(e.p - out), translate_parked(false, scratch, -1, -1));
    emit_mov_imm64(&e, scratch, address);
    size_t len;
    if (!encode(&req, e.p, &len, at + (e.p - out)))
        return 0;
    e.p += len;
    if (notes)
        translate_notes_add(notes, (size_t)(e.p - out), translate_parked(true, scratch, -1, -1));
    emit_load_slot(&e, scratch, T_SLOT_SCRATCH);
    return (size_t)(e.p - out);
}

/* The re-encoded copy decodes to an instruction using exactly `address`.
 * An address-size prefix may only come with mov's moffs form (Zydis's
 * shortest encoding of mov rax, [abs]), where it changes nothing else: on
 * other instructions it could change an implicit address register. */
static bool addresses(const uint8_t *code, size_t len, const uint8_t *runtime, GuestAddr address)
{
    ZydisDecodedInstruction insn;
    ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
    if (!ZYAN_SUCCESS(ZydisDecoderDecodeFull(scan_decoder(), code, len, &insn, ops)) ||
        insn.length != len || (insn.address_width != 64 && insn.mnemonic != ZYDIS_MNEMONIC_MOV))
        return false;
    for (uint8_t i = 0; i < insn.operand_count_visible; i++) {
        ZyanU64 abs;
        if (ops[i].type == ZYDIS_OPERAND_TYPE_MEMORY && ops[i].mem.type == ZYDIS_MEMOP_TYPE_MEM &&
            ZYAN_SUCCESS(ZydisCalcAbsoluteAddress(&insn, &ops[i], (uintptr_t)runtime, &abs)))
            return abs == address;
    }
    return false;
}

/* Below 2 GiB (a non-PIE program's data) the address is an absolute
 * sign-extended disp32: no reach needed, one byte (the SIB) longer. */
static size_t absolute(const ScannedInsn *si, int index, GuestAddr address, uint8_t *out,
                       const uint8_t *at)
{
    ZydisEncoderRequest req;
    if (address >= 0x80000000ULL || !translate_to_request(si, &req))
        return 0;
    req.operands[index].mem.base = ZYDIS_REGISTER_NONE;
    req.operands[index].mem.index = ZYDIS_REGISTER_NONE;
    req.operands[index].mem.scale = 0;
    req.operands[index].mem.displacement = (ZyanI64)address;
    req.address_size_hint = ZYDIS_ADDRESS_SIZE_HINT_NONE;
    size_t len;
    if (!encode(&req, out, &len, at) || !addresses(out, len, at, address))
        return 0;
    return len;
}

size_t translate_riprel(const ScannedInsn *si, uint8_t *out, const uint8_t *at, StateNotes *notes)
{
    int index = translate_memory_operand(si, ZYDIS_REGISTER_RIP);
    if (index < 0)
        return 0;
    GuestAddr address = operand_address(si, &si->ops[index]);
    if (si->insn.mnemonic == ZYDIS_MNEMONIC_LEA)
        return lea_constant(si, address, out);
    ZydisEncoderRequest req;
    if (si->insn.address_width == 64 && translate_to_request(si, &req)) {
        req.operands[index].mem.displacement = (ZyanI64)address;
        size_t len;
        if (encode(&req, out, &len, at))
            return len;
    }
    size_t len = absolute(si, index, address, out, at);
    return len ? len : through_scratch(si, index, address, out, at, notes);
}
