/*
 * translate/indirect.c: indirect branches and returns.
 *
 * `jmp r/m`, `call r/m` and `ret` park rcx and rdx in slots, load the
 * guest target into rdx (a call then pushes the guest return address, a
 * ret pops without flags), and find the target's block without leaving
 * the cache: first the site's inline prediction (returns, calls and jumps
 * through a pointer), then the per-thread lookup table, compared with
 * lea + jrcxz so rflags stay the guest's (docs/engine.md). A miss leaves
 * for the dispatcher with the target in rdx. Stepping blocks (the trap
 * flag) always leave.
 */
#include "translate/translate_internal.h"

#include "dispatch/layout.h"

#include <string.h>

/* rdx = [rdx], or [rdx + guest GS base] for a gs: operand (rcx is parked). */
static void emit_load_through_rdx(Emitter *e, bool gs)
{
    if (gs) {
        emit_load_slot(e, REG_RCX, T_CTX + CTX_GSBASE);
        const uint8_t load[] = {0x48, 0x8B, 0x14, 0x0A}; /* mov rdx, [rdx+rcx] */
        emit_bytes(e, load, sizeof(load));
    } else {
        const uint8_t load[] = {0x48, 0x8B, 0x12}; /* mov rdx, [rdx] */
        emit_bytes(e, load, sizeof(load));
    }
}

/* A pointer the operand's own encoding cannot reach from the cache: a gs:
 * operand, a 32-bit address, or rip-relative out of reach. */
static void emit_load_computed(Emitter *e, const ScannedInsn *si, const ZydisDecodedOperand *op)
{
    if (!translate_emit_address(e, si, op, REG_RDX))
        fatal("cannot encode the target load of the indirect branch at 0x%llx",
              (unsigned long long)si->rip);
    emit_load_through_rdx(e, op->mem.segment == ZYDIS_REGISTER_GS);
}

/* A rip-relative pointer out of reach of the cache: below 2 GiB (a non-PIE
 * program's GOT) one absolute load, `mov rdx, [disp32]`; else computed. */
static void emit_load_far_pointer(Emitter *e, const ScannedInsn *si, const ZydisDecodedOperand *op)
{
    GuestAddr address = si->rip + si->length + (uint64_t)op->mem.disp.value;
    if (address >= 0x80000000ULL) {
        emit_load_computed(e, si, op);
        return;
    }
    const uint8_t load[] = {0x48, 0x8B, 0x14, 0x25}; /* mov rdx, [disp32] (SIB, no base) */
    emit_bytes(e, load, sizeof(load));
    emit_u32(e, (uint32_t)address);
}

/* rdx = the target of an indirect jmp/call (rcx and rdx already parked;
 * their guest values are still live for the operand). */
static void emit_load_target(Emitter *e, const ScannedInsn *si)
{
    const ZydisDecodedOperand *op = &si->ops[0];
    ZydisEncoderRequest req;
    if (op->type == ZYDIS_OPERAND_TYPE_REGISTER) {
        translate_reg_mem_request(&req, ZYDIS_MNEMONIC_MOV, ZYDIS_REGISTER_RDX, ZYDIS_REGISTER_NONE,
                                  ZYDIS_REGISTER_NONE, 0, 0);
        memset(&req.operands[1], 0, sizeof(req.operands[1]));
        req.operands[1].type = ZYDIS_OPERAND_TYPE_REGISTER;
        req.operands[1].reg.value =
            ZydisRegisterGetLargestEnclosing(ZYDIS_MACHINE_MODE_LONG_64, op->reg.value);
    } else {
        if (op->mem.segment == ZYDIS_REGISTER_GS || si->insn.address_width != 64) {
            emit_load_computed(e, si, op);
            return;
        }
        translate_reg_mem_request(&req, ZYDIS_MNEMONIC_MOV, ZYDIS_REGISTER_RDX, op->mem.base,
                                  op->mem.index, op->mem.scale, op->mem.disp.value);
        if (op->mem.base == ZYDIS_REGISTER_RIP)
            req.operands[1].mem.displacement += (ZyanI64)(si->rip + si->length);
        if (op->mem.segment == ZYDIS_REGISTER_FS)
            req.prefixes = ZYDIS_ATTRIB_HAS_SEGMENT_FS;
    }
    ZyanUSize size = ZYDIS_MAX_INSTRUCTION_LENGTH;
    uint8_t code[ZYDIS_MAX_INSTRUCTION_LENGTH];
    if (ZYAN_SUCCESS(
            ZydisEncoderEncodeInstructionAbsolute(&req, code, &size, (ZyanU64)(uintptr_t)e->p))) {
        emit_bytes(e, code, size);
        return;
    }
    if (op->type == ZYDIS_OPERAND_TYPE_MEMORY && op->mem.base == ZYDIS_REGISTER_RIP &&
        op->mem.segment != ZYDIS_REGISTER_FS) {
        emit_load_far_pointer(e, si, op); /* pointer out of reach */
        return;
    }
    fatal("cannot encode the target load of the indirect branch at 0x%llx",
          (unsigned long long)si->rip);
}

/* The inline lookup: rdx = guest target, guest rcx/rdx parked. Hits jump
 * to the block's lookup entry, misses to the block's miss stub (which
 * tells the dispatcher where the branch was: translate.c). No flags. */
static void emit_table_lookup(Emission *t)
{
    Emitter *e = &t->hot;
    /* rcx = 2 * (rdx & 0xffff): with scale 8, the byte offset of the entry. */
    const uint8_t index[] = {0x0F, 0xB7, 0xCA,        /* movzx ecx, dx */
                             0x48, 0x8D, 0x0C, 0x09}; /* lea rcx, [rcx+rcx] */
    emit_bytes(e, index, sizeof(index));
    const uint8_t key[] = {0x65, 0x48, 0x8B, 0x0C, 0xCD}; /* mov rcx, gs:[KEY+rcx*8] */
    emit_bytes(e, key, sizeof(key));
    emit_u32(e, T_IBL_KEY);
    const uint8_t compare[] = {0x48, 0x8D, 0x0C, 0x11, /* lea rcx, [rcx+rdx] */
                               0xE3, 0x08};            /* jrcxz over the miss jump */
    emit_bytes(e, compare, sizeof(compare));
    /* The miss: nop2; jmp [rip+word], the word (cold) holding the block's
     * miss stub's address. 8 bytes, as the jmp gs:[MISS] it replaced: the
     * hit path after it keeps its offsets. Measured: shifting them by 2
     * or 3 bytes made the interp workload 20% slower (the alignment of
     * its hot dispatch sequence), whatever the jump's form. */
    const uint8_t pad[] = {0x66, 0x90};
    emit_bytes(e, pad, sizeof(pad));
    const uint8_t jmp_mem[] = {0xFF, 0x25};
    emit_bytes(e, jmp_mem, sizeof(jmp_mem));
    t->table_miss_rel32 = e->p;
    emit_u32(e, 0);
    emit_bytes(e, index, sizeof(index));
    const uint8_t go[] = {0x65, 0xFF, 0x24, 0xCD}; /* jmp gs:[VALUE+rcx*8] */
    emit_bytes(e, go, sizeof(go));
    emit_u32(e, T_IBL_VALUE);
}

/* The site's inline prediction (see IndirectSite in cache.h) if it has
 * one, then the table lookup. rdx = guest target, guest rcx/rdx parked. */
static void emit_lookup(Emission *t)
{
    Emitter *e = &t->hot;
    IndirectSite *site = t->block->site;
    if (t->block->single_step) {
        emit_jmp_slot(e, T_ROUTINE_MISS); /* straight back to the dispatcher */
        return;
    }
    if (!site) {
        emit_table_lookup(t);
        return;
    }
    const uint8_t load[] = {0x48, 0x8B, 0x0D}; /* mov rcx, [rip+prediction] */
    emit_bytes(e, load, sizeof(load));
    e->p += 4;
    emit_patch_rel32(e, e->p - 4, site->prediction);
    const uint8_t compare[] = {0x48, 0x8D, 0x0C, 0x11, /* lea rcx, [rcx+rdx] */
                               0xE3, 0x05};            /* jrcxz over the miss jump */
    emit_bytes(e, compare, sizeof(compare));
    site->miss_rel32 = emit_jmp_rel32(e, e->p); /* both aimed at the stub later */
    site->hit_rel32 = emit_jmp_rel32(e, e->p);  /* to the predicted block's start */
    site->lookup = e->p;
    emit_table_lookup(t);
}

#define PARKED_RCX_RDX (STATE_PARKED_RCX | STATE_PARKED_RDX)

static void emit_park_rcx_rdx(Emission *t)
{
    emit_store_slot(&t->hot, REG_RCX, T_SLOT_RCX);
    translate_note(t, cache_state_point(STATE_RIP_AT, t->insn, STATE_PARKED_RCX));
    emit_store_slot(&t->hot, REG_RDX, T_SLOT_RDX);
    translate_note(t, cache_state_point(STATE_RIP_AT, t->insn, PARKED_RCX_RDX));
}

/* The branch is done: the guest is at the target, in rdx. */
static void note_branched(Emission *t)
{
    translate_note(t, cache_state_point(STATE_RIP_RDX, t->insn, PARKED_RCX_RDX));
}

static const uint8_t MOVZX_EDX_DX[] = {0x0F, 0xB7, 0xD2};

void translate_emit_indirect(Emission *t, const ScannedInsn *si, bool is_call)
{
    emit_park_rcx_rdx(t);
    emit_load_target(&t->hot, si);
    if (si->narrow)
        emit_bytes(&t->hot, MOVZX_EDX_DX, sizeof(MOVZX_EDX_DX));
    if (is_call)
        translate_push_return(t, si, PARKED_RCX_RDX);
    note_branched(t);
    emit_lookup(t);
}

void translate_emit_ret(Emission *t, const ScannedInsn *si)
{
    Emitter *e = &t->hot;
    emit_park_rcx_rdx(t);
    const uint8_t load[] = {0x48, 0x8B, 0x14, 0x24};   /* mov rdx, [rsp] */
    const uint8_t load16[] = {0x0F, 0xB7, 0x14, 0x24}; /* movzx edx, word [rsp] */
    emit_bytes(e, si->narrow ? load16 : load, sizeof(load));
    uint32_t pop = si->narrow ? 2 : 8;
    if (si->insn.operand_count_visible > 0 && si->ops[0].type == ZYDIS_OPERAND_TYPE_IMMEDIATE)
        pop += (uint32_t)si->ops[0].imm.value.u;
    const uint8_t lea[] = {0x48, 0x8D, 0xA4, 0x24}; /* lea rsp, [rsp+pop] */
    emit_bytes(e, lea, sizeof(lea));
    emit_u32(e, pop);
    note_branched(t);
    emit_lookup(t);
}

/*
 * Which indirect sites get an inline prediction. Returns and indirect calls
 * mostly go to one place (a function called from one hot site, a callback);
 * so do jumps through a pointer in memory (PLT/GOT, tail calls through a
 * pointer). Jumps through a register or an indexed table are switch
 * statements and interpreters: many targets, where a prediction that
 * usually misses costs a mispredicted branch on top of the table lookup
 * (measured: a bytecode interpreter 1.8x -> 2.0x of native with it).
 */
bool translate_wants_prediction(const ScannedInsn *si, bool stepping)
{
    if (stepping)
        return false;
    switch (si->kind) {
    case INSN_RET:
    case INSN_CALL_INDIRECT:
        return true;
    case INSN_JMP_INDIRECT:
        return si->ops[0].type == ZYDIS_OPERAND_TYPE_MEMORY &&
               si->ops[0].mem.index == ZYDIS_REGISTER_NONE;
    default:
        return false;
    }
}
