/*
 * translate/translate.c: one scanned block -> its copy in the cache.
 *
 * Walks the scanned instructions, copying plain ones and rewriting the
 * sensitive ones (see translate.h for the block layout). Direct exits get a
 * stub each, emitted after the body; the branch that leaves the block
 * points at its stub until dispatch chains it. Every exit that leaves the
 * cache parks guest rax in its slot, loads the exit's argument into rax and
 * jumps through the Thread's exit routine (switch.S), which saves the rest.
 */
#include "translate/translate_internal.h"

#include "dispatch/layout.h"
#include "translate/emit.h"

#include <string.h>

/* The code a block may need, counted before anything is emitted so that a
 * block never runs past its reservation (the cache module fails cleanly
 * when it cannot give the room). Upper bounds per instruction kind. */
enum {
    EXIT_BYTES = 9 + 10 + 12 + 8,                /* emit_exit: park rax, mov imm64, kind, jmp */
    STUB_BYTES = 9 + 10 + 8,                     /* direct exit stub: park rax, mov imm64, jmp */
    GS_MAX_BYTES = 96,                           /* segment.c, parks and address included */
    INDIRECT_MAX_BYTES = 18 + 48 + 13 + 32 + 48, /* parks, target, push, prediction, table */
    POPF_CHECK_BYTES = 6 + 6,                    /* bt [rsp], 8; jc stub */
    PREDICTION_BYTES = 8 + 10 + 8 + 8            /* prediction word, site stub, alignment */
};

static size_t hot_bytes(const ScannedInsn *si)
{
    switch (si->kind) {
    case INSN_PLAIN:
    case INSN_RIPREL:
        if (translate_uses_guest_gs(si))
            return GS_MAX_BYTES;
        return si->kind == INSN_PLAIN ? si->length : TRANSLATE_MAX_RIPREL_BYTES;
    case INSN_JMP:
    case INSN_JCC:
        return 6;
    case INSN_JCC_SHORT:
        return si->length + 2u + 5u;
    case INSN_CALL:
        return 13 + 5;
    case INSN_XBEGIN:
        return 5 + 5;
    case INSN_POPF:
        return POPF_CHECK_BYTES + si->length;
    case INSN_JMP_INDIRECT:
    case INSN_CALL_INDIRECT:
    case INSN_RET:
        return INDIRECT_MAX_BYTES;
    case INSN_SYSCALL:
    case INSN_EMULATE:
    case INSN_FAULT:
        return EXIT_BYTES;
    }
    return EXIT_BYTES;
}

/* Exits that get a stub in the cold region: one per conditional branch
 * (its taken edge; the fall-through continues in the block), the target of
 * a jmp/call/xbegin, the emulator exit of a popf, and the fall-through of
 * a block cut at the size limit. */
static bool has_direct_exit(InsnKind kind)
{
    return kind == INSN_JCC || kind == INSN_JCC_SHORT || kind == INSN_JMP || kind == INSN_CALL ||
           kind == INSN_XBEGIN;
}

static uint16_t exit_capacity(const ScannedBlock *scanned)
{
    uint16_t n = 0;
    for (size_t i = 0; i < scanned->count; i++)
        if (has_direct_exit(scanned->insns[i].kind))
            n++;
    if (!scan_ends_block(scanned->insns[scanned->count - 1].kind))
        n++;
    return n;
}

static void block_bytes(const ScannedBlock *scanned, size_t *hot, size_t *cold)
{
    *hot = 18 + 5; /* lookup entry, final fall-through jmp */
    *cold = PREDICTION_BYTES + (size_t)exit_capacity(scanned) * STUB_BYTES;
    for (size_t i = 0; i < scanned->count; i++) {
        *hot += hot_bytes(&scanned->insns[i]);
        if (scanned->insns[i].kind == INSN_POPF)
            *cold += EXIT_BYTES;
    }
}

/* Where a block is being emitted: its hot and cold parts. A stepping block
 * (one instruction run with the trap flag, see dispatch) sends every exit
 * to the dispatcher: no lookup table, no prediction. */
typedef struct Emission {
    Emitter hot, cold;
    Block *block;
    bool stepping;
} Emission;

/* Leaves the cache: guest rax parked, rax = arg, kind recorded. */
static void emit_exit(Emitter *e, uint32_t kind, uint64_t arg)
{
    emit_store_slot(e, REG_RAX, T_SLOT_RAX);
    emit_mov_imm64(e, REG_RAX, arg);
    emit_store_slot_imm32(e, T_EXIT_KIND, kind);
    emit_jmp_slot(e, T_ROUTINE_EXIT);
}

/* Adds an exit whose branch's rel32 is at `rel32` (aimed at its stub when
 * the stubs are emitted). */
static void add_exit(Block *block, uint8_t *rel32, GuestAddr target)
{
    ExitStub *exit = &block->exits[block->exit_count++];
    exit->rel32 = rel32;
    exit->target = target;
}

static int jcc_condition(const ScannedInsn *si)
{
    /* Short form 0x70+cc, near form 0F 80+cc: the low nibble is cc. */
    return si->insn.opcode & 0x0F;
}

static void emit_jcc(Emission *t, const ScannedInsn *si)
{
    add_exit(t->block, emit_jcc_rel32(&t->hot, jcc_condition(si), t->hot.p), si->target);
}

/* loop/jrcxz have only a rel8 form: keep the instruction, aimed over a
 * short jump (the fall-through, which continues in the block) at a jmp to
 * the taken exit. */
static void emit_jcc_short(Emission *t, const ScannedInsn *si)
{
    Emitter *e = &t->hot;
    /* A 66 prefix (AMD: a 16-bit rip) must not truncate the jump to the
     * short jmp below: the exit's target is already truncated. */
    for (uint8_t i = 0; i < si->length; i++)
        if (!si->narrow || i >= si->insn.raw.prefix_count || si->bytes[i] != 0x66)
            emit_u8(e, si->bytes[i]);
    e->p[-1] = 2;                        /* rel8 is the last byte: skip the short jmp */
    const uint8_t skip[] = {0xEB, 0x05}; /* jmp over the jmp rel32 */
    emit_bytes(e, skip, sizeof(skip));
    add_exit(t->block, emit_jmp_rel32(e, e->p), si->target);
}

/* A 16-bit return address (AMD's call with a 66 prefix). */
static void emit_push_imm16(Emitter *e, GuestAddr value)
{
    const uint8_t push16[] = {0x66, 0x68, (uint8_t)value, (uint8_t)(value >> 8)};
    emit_bytes(e, push16, sizeof(push16));
}

/* call: push the guest return address (16 bits of it for a 16-bit call,
 * AMD's reading of a 66 prefix), then jump like jmp. */
static void emit_call(Emission *t, const ScannedInsn *si)
{
    GuestAddr next = si->rip + si->length;
    if (si->narrow) {
        emit_push_imm16(&t->hot, next);
    } else {
        emit_push_imm64(&t->hot, next);
    }
    add_exit(t->block, emit_jmp_rel32(&t->hot, t->hot.p), si->target);
}

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
    if (ZYAN_SUCCESS(
            ZydisEncoderEncodeInstructionAbsolute(&req, e->p, &size, (ZyanU64)(uintptr_t)e->p))) {
        e->p += size;
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
 * to the block's lookup entry, misses to the miss routine. No flags. */
static void emit_table_lookup(Emitter *e)
{
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
    emit_jmp_slot(e, T_ROUTINE_MISS);
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
    if (t->stepping) {
        emit_jmp_slot(e, T_ROUTINE_MISS); /* straight back to the dispatcher */
        return;
    }
    if (!site) {
        emit_table_lookup(e);
        return;
    }
    const uint8_t load[] = {0x48, 0x8B, 0x0D}; /* mov rcx, [rip+prediction] */
    emit_bytes(e, load, sizeof(load));
    e->p += 4;
    emit_patch_rel32(e->p - 4, site->prediction);
    const uint8_t compare[] = {0x48, 0x8D, 0x0C, 0x11, /* lea rcx, [rcx+rdx] */
                               0xE3, 0x05};            /* jrcxz over the miss jump */
    emit_bytes(e, compare, sizeof(compare));
    site->miss_rel32 = emit_jmp_rel32(e, e->p); /* both aimed at the stub later */
    site->hit_rel32 = emit_jmp_rel32(e, e->p);  /* to the predicted block's start */
    site->lookup = e->p;
    emit_table_lookup(e);
}

static void emit_park_rcx_rdx(Emitter *e)
{
    emit_store_slot(e, REG_RCX, T_SLOT_RCX);
    emit_store_slot(e, REG_RDX, T_SLOT_RDX);
}

static const uint8_t MOVZX_EDX_DX[] = {0x0F, 0xB7, 0xD2};

static void emit_indirect(Emission *t, const ScannedInsn *si, bool is_call)
{
    emit_park_rcx_rdx(&t->hot);
    emit_load_target(&t->hot, si);
    if (si->narrow)
        emit_bytes(&t->hot, MOVZX_EDX_DX, sizeof(MOVZX_EDX_DX));
    if (is_call && si->narrow)
        emit_push_imm16(&t->hot, si->rip + si->length);
    else if (is_call)
        emit_push_imm64(&t->hot, si->rip + si->length);
    emit_lookup(t);
}

static void emit_ret(Emission *t, const ScannedInsn *si)
{
    Emitter *e = &t->hot;
    emit_park_rcx_rdx(e);
    const uint8_t load[] = {0x48, 0x8B, 0x14, 0x24};   /* mov rdx, [rsp] */
    const uint8_t load16[] = {0x0F, 0xB7, 0x14, 0x24}; /* movzx edx, word [rsp] */
    emit_bytes(e, si->narrow ? load16 : load, sizeof(load));
    uint32_t pop = si->narrow ? 2 : 8;
    if (si->insn.operand_count_visible > 0 && si->ops[0].type == ZYDIS_OPERAND_TYPE_IMMEDIATE)
        pop += (uint32_t)si->ops[0].imm.value.u;
    const uint8_t lea[] = {0x48, 0x8D, 0xA4, 0x24}; /* lea rsp, [rsp+pop] */
    emit_bytes(e, lea, sizeof(lea));
    emit_u32(e, pop);
    emit_lookup(t);
}

/*
 * popf is copied, except when the value it pops sets the trap flag: the
 * flags before a popf are dead (it replaces them all), so `bt` may test TF
 * in the value first; a set TF goes to the emulator, which pops and then
 * single-steps (TF must never be set on the hardware while Shunt's own
 * code runs). A 16-bit popf tests a word.
 */
static void emit_popf(Emission *t, const ScannedInsn *si)
{
    bool word = si->insn.operand_width == 16;
    const uint8_t bt[] = {word ? 0x66 : 0x48, 0x0F, 0xBA, 0x24, 0x24, 0x08}; /* bt [rsp], 8 */
    emit_bytes(&t->hot, bt, sizeof(bt));
    emit_jcc_rel32(&t->hot, 0x2, t->cold.p); /* jc: CF = TF of the popped value */
    emit_exit(&t->cold, EXIT_EMULATE, si->rip);
    emit_bytes(&t->hot, si->bytes, si->length);
}

/* xbegin on a CPU with RTM: the transaction aborts at once with status 0
 * (no retry suggested), and execution goes on at the fallback address. */
static void emit_xbegin(Emission *t, const ScannedInsn *si)
{
    const uint8_t status[] = {0xB8, 0, 0, 0, 0}; /* mov eax, 0 (no flags) */
    emit_bytes(&t->hot, status, sizeof(status));
    add_exit(t->block, emit_jmp_rel32(&t->hot, t->hot.p), si->target);
}

static void emit_guest_gs(Emission *t, const ScannedInsn *si)
{
    size_t n = translate_guest_gs(si, t->hot.p);
    if (n == 0)
        fatal("cannot translate the use of GS at 0x%llx", (unsigned long long)si->rip);
    t->hot.p += n;
}

static void emit_riprel(Emission *t, const ScannedInsn *si)
{
    size_t n = translate_riprel(si, t->hot.p);
    if (n == 0)
        fatal("cannot re-encode the rip-relative instruction at 0x%llx",
              (unsigned long long)si->rip);
    t->hot.p += n;
}

static void emit_insn(Emission *t, const ScannedInsn *si)
{
    Emitter *e = &t->hot;
    bool gs = (si->kind == INSN_PLAIN || si->kind == INSN_RIPREL) && translate_uses_guest_gs(si);
    if (gs) {
        emit_guest_gs(t, si);
        return;
    }
    switch (si->kind) {
    case INSN_PLAIN:
        emit_bytes(e, si->bytes, si->length);
        break;
    case INSN_RIPREL:
        emit_riprel(t, si);
        break;
    case INSN_JMP:
        add_exit(t->block, emit_jmp_rel32(e, e->p), si->target);
        break;
    case INSN_JCC:
        emit_jcc(t, si);
        break;
    case INSN_JCC_SHORT:
        emit_jcc_short(t, si);
        break;
    case INSN_CALL:
        emit_call(t, si);
        break;
    case INSN_JMP_INDIRECT:
        emit_indirect(t, si, false);
        break;
    case INSN_CALL_INDIRECT:
        emit_indirect(t, si, true);
        break;
    case INSN_RET:
        emit_ret(t, si);
        break;
    case INSN_POPF:
        emit_popf(t, si);
        break;
    case INSN_XBEGIN:
        emit_xbegin(t, si);
        break;
    case INSN_SYSCALL:
        emit_exit(e, EXIT_SYSCALL, si->rip + si->length);
        break;
    case INSN_EMULATE:
        emit_exit(e, EXIT_EMULATE, si->rip);
        break;
    case INSN_FAULT:
        emit_exit(e, EXIT_FAULT | ((uint32_t)si->fault_signal << 8), si->rip);
        break;
    }
}

/* The first miss of a site's prediction leaves the cache with the site,
 * so the dispatcher can set the prediction. Until then a "hit" (only a
 * jump to the non-canonical NO_PREDICTION, which faults there) goes there
 * too; rdx still holds the target on both paths. */
static void emit_site_stub(Emitter *e, IndirectSite *site)
{
    emit_patch_rel32(site->miss_rel32, e->p);
    emit_patch_rel32(site->hit_rel32, e->p);
    emit_mov_imm64(e, REG_RCX, (uint64_t)(uintptr_t)site);
    emit_jmp_slot(e, T_ROUTINE_SITE_MISS);
}

/* The cold part of a block: each exit's branch is pointed at its stub. */
static void emit_stubs(Emitter *e, Block *block)
{
    if (block->site)
        emit_site_stub(e, block->site);
    for (uint16_t i = 0; i < block->exit_count; i++) {
        ExitStub *exit = &block->exits[i];
        exit->stub = e->p;
        emit_patch_rel32(exit->rel32, exit->stub);
        emit_store_slot(e, REG_RAX, T_SLOT_RAX);
        emit_mov_imm64(e, REG_RAX, (uint64_t)(uintptr_t)exit);
        emit_jmp_slot(e, T_ROUTINE_EXIT_DIRECT);
    }
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
static bool wants_prediction(const ScannedInsn *si, bool stepping)
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

static void emit_body(Emission *t, const ScannedBlock *scanned)
{
    Block *block = t->block;
    for (size_t i = 0; i < scanned->count; i++) {
        const ScannedInsn *si = &scanned->insns[i];
        block->rip_map[i].guest_offset = (uint16_t)(si->rip - scanned->start);
        block->rip_map[i].host_offset = (uint16_t)(t->hot.p - t->hot.start);
        emit_insn(t, si);
    }
    const ScannedInsn *last = &scanned->insns[scanned->count - 1];
    if (!scan_ends_block(last->kind))
        add_exit(block, emit_jmp_rel32(&t->hot, t->hot.p), last->rip + last->length);
    emit_stubs(&t->cold, block);
}

Block *translate_block(Cache *cache, const ScannedBlock *scanned, bool stepping)
{
    const ScannedInsn *last = &scanned->insns[scanned->count - 1];
    Block *block = cache_block_new(cache, scanned->start, (uint16_t)scanned->count,
                                   exit_capacity(scanned), wants_prediction(last, stepping));
    block->exit_count = 0; /* counts up as exits are emitted */
    block->single_step = stepping;
    size_t hot_size, cold_size;
    block_bytes(scanned, &hot_size, &cold_size);
    Emission t = {.block = block, .stepping = stepping};
    cache_reserve_block(cache, hot_size, cold_size, &t.hot.start, &t.cold.start);
    t.hot.p = t.hot.start;
    t.cold.p = t.cold.start;
    if (block->site) {
        /* The prediction is data the site loads (8-byte aligned: one store
         * sets it); minus the predicted guest rip. */
        block->site->prediction = t.cold.p;
        emit_u64(&t.cold, NO_PREDICTION);
    }
    block->host = t.hot.start; /* the lookup entry */
    emit_load_slot(&t.hot, REG_RCX, T_SLOT_RCX);
    emit_load_slot(&t.hot, REG_RDX, T_SLOT_RDX);
    block->body = t.hot.p;
    emit_body(&t, scanned);
    block->guest_size = (uint32_t)(last->rip + last->length - scanned->start);
    block->host_size = (uint32_t)(t.hot.p - t.hot.start);
    block->cold = t.cold.start;
    block->cold_size = (uint32_t)(t.cold.p - t.cold.start);
    /* A memory-safety check, on in every build: the counts above are
     * upper bounds, so this never fires unless they are wrong. */
    if (block->host_size > hot_size || block->cold_size > cold_size)
        fatal("block at 0x%llx overran its cache reservation", (unsigned long long)scanned->start);
    cache_commit(cache, CACHE_HOT, block->host_size);
    cache_commit(cache, CACHE_COLD, block->cold_size);
    return block;
}
