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
    STUB_BYTES = 7 + 9 + 10 + 8,                 /* direct exit stub: alignment, park rax,
                                                    mov imm64, jmp */
    GS_MAX_BYTES = 96,                           /* segment.c, parks and address included */
    INDIRECT_MAX_BYTES = 18 + 48 + 13 + 32 + 48, /* parks, target, push, prediction, table */
    POPF_CHECK_BYTES = 6 + 6,                    /* bt [rsp], 8; jc stub */
    PREDICTION_BYTES = 8 + 10 + 8 + 8,           /* prediction word, site stub, alignment */
    MISS_STUB_BYTES = 8 + 8 + 10 + 8             /* alignment, the stub's address, the stub */
};

/* pushf (9C, 66 9C): in a stepping block it must push the guest's TF,
 * which is not on the hardware (emit_insn). */
static bool is_pushf(const ScannedInsn *si)
{
    return si->kind == INSN_PLAIN && si->insn.opcode_map == ZYDIS_OPCODE_MAP_DEFAULT &&
           si->insn.opcode == 0x9C && si->insn.length > 0;
}

static size_t hot_bytes(const ScannedInsn *si)
{
    if (is_pushf(si))
        return EXIT_BYTES;
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

static void block_bytes(const ScannedBlock *scanned, bool checked, size_t *hot, size_t *cold)
{
    *hot = 18 + 5; /* lookup entry, final fall-through jmp */
    *cold = PREDICTION_BYTES + MISS_STUB_BYTES + (size_t)exit_capacity(scanned) * STUB_BYTES;
    if (checked) {
        *hot += translate_check_hot_bytes(scanned);
        *cold += 18 + EXIT_BYTES; /* the stale stub */
    }
    for (size_t i = 0; i < scanned->count; i++) {
        *hot += hot_bytes(&scanned->insns[i]);
        if (scanned->insns[i].kind == INSN_POPF)
            *cold += EXIT_BYTES;
    }
}

/* ---- state points (cache.h) ---- */

static void note_at(Emission *t, uint32_t offset, StatePoint p)
{
    if (t->point_count == t->point_cap)
        fatal("block at 0x%llx has too many state points", (unsigned long long)t->block->grip);
    p.offset = offset;
    t->points[t->point_count++] = p;
}

void translate_note(Emission *t, StatePoint p)
{
    note_at(t, (uint32_t)(t->hot.p - t->hot.start), p);
}

void translate_note_cold(Emission *t, StatePoint p)
{
    p.flags |= STATE_COLD;
    note_at(t, (uint32_t)(t->cold.p - t->cold.start), p);
}

void translate_note_all(Emission *t, const uint8_t *start, const StateNotes *notes)
{
    for (uint8_t i = 0; i < notes->count; i++) {
        StatePoint p = notes->points[i];
        p.index = t->insn;
        note_at(t, (uint32_t)(start - t->hot.start) + p.offset, p);
    }
}

void translate_notes_add(StateNotes *notes, size_t offset, StatePoint p)
{
    p.offset = (uint32_t)offset;
    notes->points[notes->count++] = p;
}

StatePoint translate_parked(bool done, int scratch, int scratch2, int gs_moved)
{
    StatePoint p = cache_state_point(done ? STATE_RIP_NEXT : STATE_RIP_AT, 0, 0);
    p.scratch = scratch < 0 ? STATE_NO_REG : (uint8_t)scratch;
    p.scratch2 = scratch2 < 0 ? STATE_NO_REG : (uint8_t)scratch2;
    p.gs_moved = gs_moved < 0 ? STATE_NO_REG : (uint8_t)gs_moved;
    return p;
}

/* The state after a direct branch to exit `index` is taken. */
static StatePoint taken(uint16_t index)
{
    return cache_state_point(STATE_RIP_EXIT, index, 0);
}

/* Leaves the cache at instruction t->insn, which has not run: guest rax
 * parked, rax = arg, kind recorded; in the hot or the cold region. */
void translate_emit_exit(Emission *t, bool cold, uint32_t kind, uint64_t arg)
{
    Emitter *e = cold ? &t->cold : &t->hot;
    StatePoint before = cache_state_point(STATE_RIP_AT, t->insn, 0);
    StatePoint parked = cache_state_point(STATE_RIP_AT, t->insn, STATE_PARKED_RAX);
    if (cold)
        translate_note_cold(t, before);
    emit_store_slot(e, REG_RAX, T_SLOT_RAX);
    if (cold)
        translate_note_cold(t, parked);
    else
        translate_note(t, parked);
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
    *emit_store_at(e, e->p - 1) = 2; /* rel8 is the last byte: skip the short jmp */
    translate_note(t, cache_state_point(STATE_RIP_NEXT, t->insn, 0));
    const uint8_t skip[] = {0xEB, 0x05}; /* jmp over the jmp rel32 */
    emit_bytes(e, skip, sizeof(skip));
    translate_note(t, taken(t->block->exit_count));
    add_exit(t->block, emit_jmp_rel32(e, e->p), si->target);
}

/* Pushes a return address; a push in two parts (push imm32, then the
 * high half) notes the half-done state: rolled back, rsp 8 higher. */
void translate_push_return(Emission *t, const ScannedInsn *si, uint8_t parked)
{
    GuestAddr next = si->rip + si->length;
    if (si->narrow) {
        emit_push_imm16(&t->hot, next);
        return;
    }
    uint8_t *start = t->hot.p;
    emit_push_imm64(&t->hot, next);
    if (t->hot.p - start > 5) /* push imm32 is 5 bytes */
        note_at(t, (uint32_t)(start + 5 - t->hot.start),
                cache_state_point(STATE_RIP_AT, t->insn, parked | STATE_RSP_PUSHED));
}

/* call: push the guest return address (16 bits of it for a 16-bit call,
 * AMD's reading of a 66 prefix), then jump like jmp. */
static void emit_call(Emission *t, const ScannedInsn *si)
{
    translate_push_return(t, si, 0);
    translate_note(t, taken(t->block->exit_count));
    add_exit(t->block, emit_jmp_rel32(&t->hot, t->hot.p), si->target);
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
    translate_emit_exit(t, true, EXIT_EMULATE, si->rip);
    emit_bytes(&t->hot, si->bytes, si->length);
}

/* xbegin on a CPU with RTM: the transaction aborts at once with status 0
 * (no retry suggested), and execution goes on at the fallback address. */
static void emit_xbegin(Emission *t, const ScannedInsn *si)
{
    const uint8_t status[] = {0xB8, 0, 0, 0, 0}; /* mov eax, 0 (no flags) */
    emit_bytes(&t->hot, status, sizeof(status));
    translate_note(t, taken(t->block->exit_count));
    add_exit(t->block, emit_jmp_rel32(&t->hot, t->hot.p), si->target);
}

/* Room for the code of one rewritten instruction, built outside the cache
 * (for an address it will run at) then emitted; more than GS_MAX_BYTES and
 * TRANSLATE_MAX_RIPREL_BYTES, plus a whole instruction Zydis may write. */
#define INSN_BUFFER_BYTES 128

static void emit_guest_gs(Emission *t, const ScannedInsn *si)
{
    StateNotes notes = {.count = 0};
    uint8_t code[INSN_BUFFER_BYTES];
    size_t n = translate_guest_gs(si, code, &notes);
    if (n == 0)
        fatal("cannot translate the use of GS at 0x%llx", (unsigned long long)si->rip);
    translate_note_all(t, t->hot.p, &notes);
    emit_bytes(&t->hot, code, n);
}

static void emit_riprel(Emission *t, const ScannedInsn *si)
{
    StateNotes notes = {.count = 0};
    uint8_t code[INSN_BUFFER_BYTES];
    size_t n = translate_riprel(si, code, t->hot.p, &notes);
    if (n == 0)
        fatal("cannot re-encode the rip-relative instruction at 0x%llx",
              (unsigned long long)si->rip);
    translate_note_all(t, t->hot.p, &notes);
    emit_bytes(&t->hot, code, n);
}

static void emit_insn(Emission *t, const ScannedInsn *si)
{
    Emitter *e = &t->hot;
    bool gs = (si->kind == INSN_PLAIN || si->kind == INSN_RIPREL) && translate_uses_guest_gs(si);
    if (gs) {
        emit_guest_gs(t, si);
        return;
    }
    if (t->block->single_step && is_pushf(si)) {
        translate_emit_exit(t, false, EXIT_EMULATE, si->rip);
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
        translate_emit_indirect(t, si, false);
        break;
    case INSN_CALL_INDIRECT:
        translate_emit_indirect(t, si, true);
        break;
    case INSN_RET:
        translate_emit_ret(t, si);
        break;
    case INSN_POPF:
        emit_popf(t, si);
        break;
    case INSN_XBEGIN:
        emit_xbegin(t, si);
        break;
    case INSN_SYSCALL:
        translate_emit_exit(t, false, EXIT_SYSCALL, si->rip + si->length);
        break;
    case INSN_EMULATE:
        translate_emit_exit(t, false, EXIT_EMULATE, si->rip);
        break;
    case INSN_FAULT:
        translate_emit_exit(t, false, EXIT_FAULT | ((uint32_t)si->fault_signal << 8), si->rip);
        break;
    }
}

/* Starts a stub that linking may rewrite (cache/link.c): 8-byte aligned,
 * so its first 8 bytes are replaced by one store another thread's
 * instruction fetch sees whole. int3 fills the gap (never executed). */
static uint8_t *begin_patchable_stub(Emission *t)
{
    Emitter *e = &t->cold;
    while ((uintptr_t)e->p & 7)
        emit_u8(e, 0xCC);
    return e->p;
}

/* The stub's first 8 bytes as emitted, for unlinking; its first
 * instruction must cover them, so that no thread ever stands inside the
 * bytes a link replaces. */
static uint64_t stub_head(Emission *t, const uint8_t *stub, const uint8_t *second_insn)
{
    if (second_insn - stub < 8)
        fatal("block at 0x%llx: a stub's first instruction is shorter than 8 bytes",
              (unsigned long long)t->block->grip);
    uint64_t head;
    memcpy(&head, stub, sizeof(head));
    return head;
}

/* The first miss of a site's prediction leaves the cache with the site,
 * so the dispatcher can set the prediction. Until then a "hit" (only a
 * jump to the non-canonical NO_PREDICTION, which faults there) goes there
 * too; rdx still holds the target on both paths. Once the prediction is
 * set, a miss goes to the table lookup, whose state (target in rdx, rcx
 * and rdx parked) is the one noted here. */
static void emit_site_stub(Emission *t, IndirectSite *site)
{
    Emitter *e = &t->cold;
    site->stub = begin_patchable_stub(t);
    translate_note_cold(t,
                        cache_state_point(STATE_RIP_RDX, 0, STATE_PARKED_RCX | STATE_PARKED_RDX));
    emit_patch_rel32(e, site->miss_rel32, e->p);
    emit_patch_rel32(e, site->hit_rel32, e->p);
    emit_mov_imm64(e, REG_RCX, (uint64_t)(uintptr_t)site);
    site->stub_head = stub_head(t, site->stub, e->p);
    emit_jmp_slot(e, T_ROUTINE_SITE_MISS);
}

/* A miss of the lookup table leaves the cache with the block, so that a
 * branch to an address no instruction can reach (non-canonical) faults at
 * the branch itself, as natively (dispatch). */
static void emit_miss_stub(Emission *t)
{
    Emitter *e = &t->cold;
    while ((uintptr_t)e->p & 7)
        emit_u8(e, 0xCC);
    emit_patch_rel32(e, t->table_miss_rel32, e->p); /* the lookup's jmp [rip+word] */
    emit_u64(e, (uint64_t)(uintptr_t)(e->p + 8));
    translate_note_cold(t,
                        cache_state_point(STATE_RIP_RDX, 0, STATE_PARKED_RCX | STATE_PARKED_RDX));
    emit_mov_imm64(e, REG_RCX, (uint64_t)(uintptr_t)t->block);
    emit_jmp_slot(e, T_ROUTINE_FROM_MISS);
}

/* The cold part of a block: each exit's branch is pointed at its stub. */
static void emit_stubs(Emission *t)
{
    Emitter *e = &t->cold;
    Block *block = t->block;
    if (block->site)
        emit_site_stub(t, block->site);
    if (t->table_miss_rel32)
        emit_miss_stub(t);
    for (uint16_t i = 0; i < block->exit_count; i++) {
        ExitStub *exit = &block->exits[i];
        exit->stub = begin_patchable_stub(t);
        emit_patch_rel32(e, exit->rel32, exit->stub);
        /* Also the state of a thread on the `jmp` that chaining may put
         * here (cache/link.c): the branch is taken, nothing parked. */
        translate_note_cold(t, taken(i));
        emit_store_slot(e, REG_RAX, T_SLOT_RAX);
        exit->stub_head = stub_head(t, exit->stub, e->p);
        translate_note_cold(t, cache_state_point(STATE_RIP_EXIT, i, STATE_PARKED_RAX));
        emit_mov_imm64(e, REG_RAX, (uint64_t)(uintptr_t)exit);
        emit_jmp_slot(e, T_ROUTINE_EXIT_DIRECT);
    }
}

static void emit_body(Emission *t, const ScannedBlock *scanned)
{
    Block *block = t->block;
    for (size_t i = 0; i < scanned->count; i++) {
        const ScannedInsn *si = &scanned->insns[i];
        block->rip_map[i].guest_offset = (uint16_t)(si->rip - scanned->start);
        block->rip_map[i].host_offset = (uint16_t)(t->hot.p - t->hot.start);
        t->insn = (uint16_t)i;
        emit_insn(t, si);
    }
    const ScannedInsn *last = &scanned->insns[scanned->count - 1];
    if (!scan_ends_block(last->kind)) {
        translate_note(t, taken(block->exit_count));
        add_exit(block, emit_jmp_rel32(&t->hot, t->hot.p), last->rip + last->length);
    }
    emit_stubs(t);
    translate_emit_stale_stub(t);
}

static Block *translate(Cache *cache, const ScannedBlock *scanned, bool stepping, bool checked)
{
    const ScannedInsn *last = &scanned->insns[scanned->count - 1];
    size_t hot_size, cold_size;
    block_bytes(scanned, checked, &hot_size, &cold_size);
    uint8_t *hot_start, *cold_start;
    if (!cache_reserve_block(cache, hot_size, cold_size, &hot_start, &cold_start))
        return NULL; /* the cache is full */
    Block *block =
        cache_block_new(cache, scanned->start, (uint16_t)scanned->count, exit_capacity(scanned),
                        translate_wants_prediction(last, stepping));
    block->exit_count = 0; /* counts up as exits are emitted */
    block->single_step = stepping;
    block->checked = checked;
    /* Points: a few per instruction at most, two per stub, the lookup
     * entry's two, the site stub's one, a self-checking block's six. */
    StatePoint points[SCAN_MAX_INSNS * 5 + SCAN_MAX_SIDE_EXITS * 4 + 8 + 6];
    Emission t = {.block = block, .points = points, .point_cap = ARRAY_LEN(points)};
    t.hot.start = hot_start;
    t.cold.start = cold_start;
    t.hot.p = t.hot.start;
    t.cold.p = t.cold.start;
    /* Written through the cache's writable view; both parts are in one
     * chunk, so one distance serves both. */
    t.hot.to_rw = (uintptr_t)cache_writable(cache, t.hot.start) - (uintptr_t)t.hot.start;
    t.cold.to_rw = t.hot.to_rw;
    if (block->site) {
        /* The prediction is data the site loads (8-byte aligned: one store
         * sets it); minus the predicted guest rip. */
        block->site->prediction = t.cold.p;
        emit_u64(&t.cold, NO_PREDICTION);
    }
    block->host = t.hot.start; /* the lookup entry */
    if (checked) {
        translate_emit_checked_entry(&t, scanned);
    } else {
        translate_note(&t,
                       cache_state_point(STATE_RIP_BLOCK, 0, STATE_PARKED_RCX | STATE_PARKED_RDX));
        emit_load_slot(&t.hot, REG_RCX, T_SLOT_RCX);
        translate_note(&t, cache_state_point(STATE_RIP_BLOCK, 0, STATE_PARKED_RDX));
        emit_load_slot(&t.hot, REG_RDX, T_SLOT_RDX);
        block->body = t.hot.p;
    }
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
    cache_block_set_points(block, t.points, t.point_count);
    return block;
}

Block *translate_block(Cache *cache, const ScannedBlock *scanned, bool stepping)
{
    return translate(cache, scanned, stepping, false);
}

Block *translate_block_checked(Cache *cache, const ScannedBlock *scanned)
{
    return translate(cache, scanned, false, true);
}
