/*
 * translate/segment.c: the guest's own GS.
 *
 * Shunt owns the GS base (it points at the Thread), so a guest that sets
 * GS (arch_prctl(ARCH_SET_GS), wrgsbase, a GS selector load) keeps its base
 * in its context, and every gs: operand is rewritten to add that base
 * explicitly, as DynamoRIO mangles the segment it steals. The common form,
 * gs:[reg+disp] or gs:[disp], takes one scratch register R:
 *
 *   mov gs:[SLOT_SCRATCH], R          ; R: a register the insn does not use
 *   mov R, gs:[CTX_GSBASE]
 *   <insn with [R + reg + disp]>, no segment
 *   mov R, gs:[SLOT_SCRATCH]
 *
 * Every other form (an rsp base, base plus index, rip- or eip-relative, a
 * 32-bit address, a 64-bit moffs) computes the guest's effective address
 * into a second scratch register A first (address.c) and uses [R + A].
 * Instructions that address their gs: operand through a register they
 * name implicitly (movs/lods/cmps: rsi; maskmov: rdi; clzero: rax) have
 * that register moved by the base around them. xlat reads gs:[rbx + al]. rdgsbase becomes a
 * load from the context slot; wrgsbase and selector loads are emulated in C
 * (the CPU checks their operands). None of this changes the guest's flags.
 */
#include "translate/translate_internal.h"

#include "dispatch/layout.h"
#include "translate/emit.h"

#include <string.h>

#define SLOT_GUEST_GSBASE (T_CTX + CTX_GSBASE)
#define REG_BIT(r) (1u << (r))

static ZydisRegister gpr64(int reg)
{
    return (ZydisRegister)(ZYDIS_REGISTER_RAX + reg);
}

static bool encode(ZydisEncoderRequest *req, Emitter *e)
{
    ZyanUSize size = ZYDIS_MAX_INSTRUCTION_LENGTH;
    uint8_t code[ZYDIS_MAX_INSTRUCTION_LENGTH];
    if (!ZYAN_SUCCESS(ZydisEncoderEncodeInstruction(req, code, &size)))
        return false;
    emit_bytes(e, code, size);
    return true;
}

/* rdgsbase r64 / r32 (the 32-bit load zero-extends, as rdgsbase r32). */
static size_t gsbase_read(const ScannedInsn *si, uint8_t *out)
{
    int reg = translate_gpr_number(si->ops[0].reg.value);
    if (reg < 0)
        return 0;
    Emitter e = {out, out, 0};
    if (si->insn.operand_width == 64)
        emit_load_slot(&e, reg, SLOT_GUEST_GSBASE);
    else
        emit_load_slot32(&e, reg, SLOT_GUEST_GSBASE);
    return (size_t)(e.p - out);
}

/* The operand addresses gs:[R + base + disp] with one scratch R. */
static bool is_simple(const ScannedInsn *si, const ZydisDecodedOperand *op)
{
    ZydisRegister base = op->mem.base;
    int64_t disp = op->mem.disp.value;
    return si->insn.address_width == 64 && op->mem.index == ZYDIS_REGISTER_NONE &&
           disp == (int32_t)disp && base != ZYDIS_REGISTER_RIP && base != ZYDIS_REGISTER_RSP &&
           !(si->insn.mnemonic == ZYDIS_MNEMONIC_POP && base != ZYDIS_REGISTER_NONE);
}

/* A state point at the emitter's position (notes offsets from `out`). */
static void note(StateNotes *notes, const Emitter *e, StatePoint p)
{
    translate_notes_add(notes, (size_t)(e->p - e->start), p);
}

static void emit_park(Emitter *e, int r, int a, StateNotes *notes)
{
    emit_store_slot(e, r, T_SLOT_SCRATCH);
    note(notes, e, translate_parked(false, r, -1, -1));
    if (a >= 0) {
        emit_store_slot(e, a, T_SLOT_SCRATCH2);
        note(notes, e, translate_parked(false, r, a, -1));
    }
}

/* After the instruction ran: R and A come back from their slots. */
static void emit_unpark(Emitter *e, int r, int a, StateNotes *notes)
{
    note(notes, e, translate_parked(true, r, a, -1));
    emit_load_slot(e, r, T_SLOT_SCRATCH);
    if (a >= 0) {
        note(notes, e, translate_parked(true, -1, a, -1));
        emit_load_slot(e, a, T_SLOT_SCRATCH2);
    }
}

/* Rewrites the memory operand of `req` to [R + A] or [R + base + disp]. */
static void rebase_operand(ZydisEncoderRequest *req, int index, int r, int a)
{
    ZydisEncoderOperand *mem = &req->operands[index];
    if (a >= 0) {
        mem->mem.index = gpr64(a);
        mem->mem.displacement = 0;
    } else {
        mem->mem.index = mem->mem.base;
    }
    mem->mem.scale = mem->mem.index == ZYDIS_REGISTER_NONE ? 0 : 1;
    mem->mem.base = gpr64(r);
    req->address_size_hint = ZYDIS_ADDRESS_SIZE_HINT_NONE;
    req->prefixes &= ~(ZydisInstructionAttributes)ZYDIS_ATTRIB_HAS_SEGMENT_GS;
}

/* Any instruction with one gs: memory operand, at operand `index`. */
static size_t memory_operand(const ScannedInsn *si, int index, uint8_t *out, StateNotes *notes)
{
    const ZydisDecodedOperand *op = &si->ops[index];
    bool simple = is_simple(si, op);
    int r = translate_free_scratch(si, 0);
    int a = simple || r < 0 ? -1 : translate_free_scratch(si, REG_BIT(r));
    ZydisEncoderRequest req;
    if (r < 0 || (!simple && a < 0) || !translate_to_request(si, &req))
        return 0;
    Emitter e = {out, out, 0};
    emit_park(&e, r, a, notes);
    if (a >= 0 && !translate_emit_address(&e, si, op, a))
        return 0;
    emit_load_slot(&e, r, SLOT_GUEST_GSBASE);
    rebase_operand(&req, index, r, a);
    if (!encode(&req, &e))
        return 0;
    emit_unpark(&e, r, a, notes);
    return (size_t)(e.p - out);
}

/* lea B, [B + R + disp] */
static bool emit_add_to(Emitter *e, ZydisRegister b, int r, int32_t disp)
{
    ZydisEncoderRequest req;
    translate_reg_mem_request(&req, ZYDIS_MNEMONIC_LEA, b, b, gpr64(r), 1, disp);
    return encode(&req, e);
}

/*
 * An instruction whose gs: operand is addressed by a register it names
 * implicitly: movs/lods/cmps/outs read gs:[rsi], maskmov* writes gs:[rdi],
 * clzero and monitor use gs:[rax]. The register B moves by the base for the
 * instruction (rep included) and back by its negation, made with `not` and
 * a displacement of 1 because `neg` would change flags. With a 32-bit
 * address size the sum would not fit: not supported (0).
 */
static size_t implicit_base(const ScannedInsn *si, ZydisRegister base, uint8_t *out,
                            StateNotes *notes)
{
    int b = translate_gpr_number(base);
    int r = b < 0 ? -1 : translate_free_scratch(si, REG_BIT(b) | REG_BIT(REG_RAX));
    if (r < 0 || si->insn.address_width != 64)
        return 0;
    ZydisRegister full = gpr64(b);
    Emitter e = {out, out, 0};
    emit_park(&e, r, -1, notes);
    emit_load_slot(&e, r, SLOT_GUEST_GSBASE);
    if (!emit_add_to(&e, full, r, 0))
        return 0;
    note(notes, &e, translate_parked(false, r, -1, b));
    /* The instruction's bytes without its gs prefix (0x65). */
    for (uint8_t i = 0; i < si->length; i++)
        if (i >= si->insn.raw.prefix_count || si->bytes[i] != 0x65)
            emit_u8(&e, si->bytes[i]);
    note(notes, &e, translate_parked(true, r, -1, b));
    emit_load_slot(&e, r, SLOT_GUEST_GSBASE);
    const uint8_t not_r[] = {(uint8_t)(0x48 | (r >= 8)), 0xF7, (uint8_t)(0xD0 | (r & 7))};
    emit_bytes(&e, not_r, sizeof(not_r));
    if (!emit_add_to(&e, full, r, 1))
        return 0;
    emit_unpark(&e, r, -1, notes);
    return (size_t)(e.p - out);
}

/* The last segment prefix decides (Zydis does not model it on clzero and
 * monitor, whose address is rax). */
static bool has_gs_prefix(const ScannedInsn *si)
{
    uint8_t segment = 0;
    for (uint8_t i = 0; i < si->insn.raw.prefix_count; i++) {
        uint8_t p = si->insn.raw.prefixes[i].value;
        if (p == 0x26 || p == 0x2E || p == 0x36 || p == 0x3E || p == 0x64 || p == 0x65)
            segment = p;
    }
    return segment == 0x65;
}

/* The register addressing a hidden gs: operand, or NONE. */
static ZydisRegister implicit_gs_register(const ScannedInsn *si)
{
    switch (si->insn.mnemonic) {
    case ZYDIS_MNEMONIC_XLAT:
        return ZYDIS_REGISTER_NONE; /* gs:[rbx + al]: translate_xlat */
    case ZYDIS_MNEMONIC_CLZERO:
    case ZYDIS_MNEMONIC_MONITOR:
    case ZYDIS_MNEMONIC_MONITORX:
        return has_gs_prefix(si) ? ZYDIS_REGISTER_RAX : ZYDIS_REGISTER_NONE;
    default:
        break;
    }
    /* A hidden operand is gs: only through a prefix; without one the scanner
     * did not decode the operands, and si->ops holds another instruction's. */
    if (!has_gs_prefix(si))
        return ZYDIS_REGISTER_NONE;
    for (uint8_t i = si->insn.operand_count_visible; i < si->insn.operand_count; i++) {
        const ZydisDecodedOperand *op = &si->ops[i];
        if (op->type == ZYDIS_OPERAND_TYPE_MEMORY && op->mem.segment == ZYDIS_REGISTER_GS &&
            op->mem.base != ZYDIS_REGISTER_RSP)
            return op->mem.base;
    }
    return ZYDIS_REGISTER_NONE;
}

/* xlat: al = gs:[rbx + al] (ebx + al with a 32-bit address size). */
static size_t translate_xlat(const ScannedInsn *si, uint8_t *out, StateNotes *notes)
{
    int r = translate_free_scratch(si, REG_BIT(REG_RAX) | REG_BIT(REG_RBX));
    int a =
        r < 0 ? -1 : translate_free_scratch(si, REG_BIT(REG_RAX) | REG_BIT(REG_RBX) | REG_BIT(r));
    if (a < 0)
        return 0;
    Emitter e = {out, out, 0};
    emit_park(&e, r, a, notes);
    ZydisEncoderRequest req;
    translate_reg_mem_request(&req, ZYDIS_MNEMONIC_MOVZX, (ZydisRegister)(ZYDIS_REGISTER_EAX + a),
                              ZYDIS_REGISTER_NONE, ZYDIS_REGISTER_NONE, 0, 0);
    req.operands[1] =
        (ZydisEncoderOperand){.type = ZYDIS_OPERAND_TYPE_REGISTER, .reg.value = ZYDIS_REGISTER_AL};
    if (!encode(&req, &e))
        return 0;
    bool narrow = si->insn.address_width == 32;
    ZydisRegister dest = (ZydisRegister)((narrow ? ZYDIS_REGISTER_EAX : ZYDIS_REGISTER_RAX) + a);
    translate_reg_mem_request(
        &req, ZYDIS_MNEMONIC_LEA, dest, narrow ? ZYDIS_REGISTER_EBX : ZYDIS_REGISTER_RBX,
        (ZydisRegister)((narrow ? ZYDIS_REGISTER_EAX : ZYDIS_REGISTER_RAX) + a), 1, 0);
    req.operands[1].mem.size = narrow ? 4 : 8;
    if (!encode(&req, &e))
        return 0;
    emit_load_slot(&e, r, SLOT_GUEST_GSBASE);
    translate_reg_mem_request(&req, ZYDIS_MNEMONIC_MOV, ZYDIS_REGISTER_AL, gpr64(r), gpr64(a), 1,
                              0);
    req.operands[1].mem.size = 1;
    if (!encode(&req, &e))
        return 0;
    emit_unpark(&e, r, a, notes);
    return (size_t)(e.p - out);
}

bool translate_uses_guest_gs(const ScannedInsn *si)
{
    if (si->insn.mnemonic == ZYDIS_MNEMONIC_RDGSBASE)
        return true;
    /* lea computes an address and ignores segments. */
    if (si->insn.mnemonic == ZYDIS_MNEMONIC_LEA)
        return false;
    if (implicit_gs_register(si) != ZYDIS_REGISTER_NONE)
        return true;
    if (!(si->insn.attributes & ZYDIS_ATTRIB_HAS_SEGMENT_GS))
        return false;
    return si->insn.mnemonic == ZYDIS_MNEMONIC_XLAT ||
           translate_memory_operand(si, ZYDIS_REGISTER_GS) >= 0;
}

size_t translate_guest_gs(const ScannedInsn *si, uint8_t *out, StateNotes *notes)
{
    if (si->insn.mnemonic == ZYDIS_MNEMONIC_RDGSBASE)
        return gsbase_read(si, out);
    if (si->insn.mnemonic == ZYDIS_MNEMONIC_XLAT)
        return translate_xlat(si, out, notes);
    ZydisRegister implicit = implicit_gs_register(si);
    if (implicit != ZYDIS_REGISTER_NONE)
        return implicit_base(si, implicit, out, notes);
    int index = translate_memory_operand(si, ZYDIS_REGISTER_GS);
    return index < 0 ? 0 : memory_operand(si, index, out, notes);
}
