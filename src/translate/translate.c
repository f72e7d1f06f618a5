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

/* How many direct exits the block can need: one per conditional branch
 * (its taken edge; the fall-through continues in the block), plus the
 * target of a final jmp/call or the fall-through of a block cut at the
 * size limit. */
static uint16_t exit_capacity(const ScannedBlock *scanned)
{
    uint16_t n = 0;
    for (size_t i = 0; i < scanned->count; i++) {
        InsnKind kind = scanned->insns[i].kind;
        if (kind == INSN_JCC || kind == INSN_JCC_SHORT)
            n++;
    }
    InsnKind last = scanned->insns[scanned->count - 1].kind;
    if (last == INSN_JMP || last == INSN_CALL || !scan_ends_block(last))
        n++;
    return n;
}

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

static void emit_jcc(Emitter *e, Block *block, const ScannedInsn *si)
{
    add_exit(block, emit_jcc_rel32(e, jcc_condition(si), e->p), si->target);
}

/* loop/jrcxz have only a rel8 form: keep the instruction, aimed over a
 * short jump (the fall-through, which continues in the block) at a jmp to
 * the taken exit. */
static void emit_jcc_short(Emitter *e, Block *block, const ScannedInsn *si)
{
    emit_bytes(e, si->bytes, si->length);
    e->p[-1] = 2;                        /* rel8 is the last byte: skip the short jmp */
    const uint8_t skip[] = {0xEB, 0x05}; /* jmp over the jmp rel32 */
    emit_bytes(e, skip, sizeof(skip));
    add_exit(block, emit_jmp_rel32(e, e->p), si->target);
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
        req.operands[1].reg.value = op->reg.value;
    } else {
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
        /* Pointer out of reach: mov rdx, imm64; mov rdx, [rdx]. (The address
         * comes from the instruction: a failed encode may have changed req.) */
        emit_mov_imm64(e, REG_RDX, si->rip + si->length + (uint64_t)op->mem.disp.value);
        const uint8_t load[] = {0x48, 0x8B, 0x12};
        emit_bytes(e, load, sizeof(load));
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
static void emit_lookup(Emitter *e, Block *block)
{
    IndirectSite *site = block->site;
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

static void emit_indirect(Emitter *e, Block *block, const ScannedInsn *si, bool is_call)
{
    emit_park_rcx_rdx(e);
    emit_load_target(e, si);
    if (is_call)
        emit_push_imm64(e, si->rip + si->length);
    emit_lookup(e, block);
}

static void emit_ret(Emitter *e, Block *block, const ScannedInsn *si)
{
    emit_park_rcx_rdx(e);
    const uint8_t load[] = {0x48, 0x8B, 0x14, 0x24}; /* mov rdx, [rsp] */
    emit_bytes(e, load, sizeof(load));
    uint32_t pop = 8;
    if (si->insn.operand_count_visible > 0 && si->ops[0].type == ZYDIS_OPERAND_TYPE_IMMEDIATE)
        pop += (uint32_t)si->ops[0].imm.value.u;
    const uint8_t lea[] = {0x48, 0x8D, 0xA4, 0x24}; /* lea rsp, [rsp+pop] */
    emit_bytes(e, lea, sizeof(lea));
    emit_u32(e, pop);
    emit_lookup(e, block);
}

bool translate_uses_guest_gs(const ScannedInsn *si)
{
    switch (si->insn.mnemonic) {
    case ZYDIS_MNEMONIC_RDGSBASE:
    case ZYDIS_MNEMONIC_WRGSBASE:
        return true;
    default:
        return (si->insn.attributes & ZYDIS_ATTRIB_HAS_SEGMENT_GS) != 0;
    }
}

static void emit_insn(Emitter *e, Block *block, const ScannedInsn *si)
{
    if (translate_uses_guest_gs(si)) {
        size_t n = translate_guest_gs(si, e->p);
        if (n == 0 || scan_ends_block(si->kind))
            fatal("cannot translate the use of GS at 0x%llx", (unsigned long long)si->rip);
        e->p += n;
        return;
    }
    switch (si->kind) {
    case INSN_PLAIN:
        emit_bytes(e, si->bytes, si->length);
        break;
    case INSN_RIPREL: {
        size_t n = translate_riprel(si, e->p);
        if (n == 0)
            fatal("cannot re-encode the rip-relative instruction at 0x%llx",
                  (unsigned long long)si->rip);
        e->p += n;
        break;
    }
    case INSN_JMP:
        add_exit(block, emit_jmp_rel32(e, e->p), si->target);
        break;
    case INSN_JCC:
        emit_jcc(e, block, si);
        break;
    case INSN_JCC_SHORT:
        emit_jcc_short(e, block, si);
        break;
    case INSN_CALL:
        emit_push_imm64(e, si->rip + si->length);
        add_exit(block, emit_jmp_rel32(e, e->p), si->target);
        break;
    case INSN_JMP_INDIRECT:
        emit_indirect(e, block, si, false);
        break;
    case INSN_CALL_INDIRECT:
        emit_indirect(e, block, si, true);
        break;
    case INSN_RET:
        emit_ret(e, block, si);
        break;
    case INSN_SYSCALL:
        emit_exit(e, EXIT_SYSCALL, si->rip + si->length);
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
        emit_exit(e, EXIT_DIRECT, (uint64_t)(uintptr_t)exit);
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
static bool wants_prediction(const ScannedInsn *si)
{
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

Block *translate_block(Cache *cache, const ScannedBlock *scanned)
{
    const ScannedInsn *last = &scanned->insns[scanned->count - 1];
    Block *block = cache_block_new(cache, scanned->start, (uint16_t)scanned->count,
                                   exit_capacity(scanned), wants_prediction(last));
    block->exit_count = 0; /* counts up as exits are emitted */
    Emitter e, cold;
    cache_reserve_block(cache, TRANSLATE_MAX_BLOCK_BYTES, TRANSLATE_MAX_COLD_BYTES, &e.start,
                        &cold.start);
    e.p = e.start;
    cold.p = cold.start;
    if (block->site) {
        /* The prediction is data the site loads (8-byte aligned: one store
         * sets it); minus the predicted guest rip. */
        block->site->prediction = cold.p;
        emit_u64(&cold, NO_PREDICTION);
    }
    block->host = e.start; /* the lookup entry */
    emit_load_slot(&e, REG_RCX, T_SLOT_RCX);
    emit_load_slot(&e, REG_RDX, T_SLOT_RDX);
    block->body = e.p;
    for (size_t i = 0; i < scanned->count; i++) {
        const ScannedInsn *si = &scanned->insns[i];
        block->rip_map[i].guest_offset = (uint16_t)(si->rip - scanned->start);
        block->rip_map[i].host_offset = (uint16_t)(e.p - e.start);
        emit_insn(&e, block, si);
    }
    if (!scan_ends_block(last->kind))
        add_exit(block, emit_jmp_rel32(&e, e.p), last->rip + last->length);
    emit_stubs(&cold, block);
    block->guest_size = (uint32_t)(last->rip + last->length - scanned->start);
    block->host_size = (uint32_t)(e.p - e.start);
    block->cold = cold.start;
    block->cold_size = (uint32_t)(cold.p - cold.start);
    cache_commit(cache, CACHE_HOT, block->host_size);
    cache_commit(cache, CACHE_COLD, block->cold_size);
    return block;
}
