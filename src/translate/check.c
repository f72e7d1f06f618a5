/*
 * translate/check.c: the source check of a self-checking block.
 *
 * A block from a page the guest writes over and over, or from shared
 * memory another view may write, is not protected by the page's
 * protection (dispatch decides, docs/engine.md "Self-checking blocks"):
 * it compares the guest bytes it was translated from with their copy on
 * every entry, and leaves for the dispatcher (EXIT_STALE) when they
 * differ, which drops it and translates the new bytes. The comparison
 * uses no flags, as all inserted code (emit.h): per window of up to 8
 * bytes,
 *   mov rcx, imm64 (the window's guest address)
 *   mov rcx, [rcx]             (or mov ecx / movzx ecx for 4, 2, 1 bytes)
 *   mov rdx, imm64 (minus the bytes as translated)
 *   lea rcx, [rcx+rdx]         (zero when they are equal)
 *   jrcxz next
 *   jmp stale                  (the stub: rcx, rdx restored, EXIT_STALE)
 * with guest rcx and rdx parked in their slots meanwhile.
 */
#include "translate/translate_internal.h"

#include "dispatch/layout.h"

#include <string.h>

enum {
    WINDOW_BYTES = 10 + 3 + 10 + 4 + 2 + 5,
    PARK_BYTES = 9 + 9,
};

typedef struct Window {
    uint16_t offset;
    uint8_t width; /* 8, 4, 2 or 1 */
} Window;

/* Windows covering [0, size): 8 bytes each, the last one overlapping the
 * one before so that no byte past the block is read (it may be data the
 * guest changes at will); smaller blocks take two overlapping 4- or
 * 2-byte windows, or one byte. Returns how many. */
static size_t windows_of(size_t size, Window *out)
{
    size_t n = 0;
    uint8_t width = size >= 8 ? 8 : size >= 4 ? 4 : size >= 2 ? 2 : 1;
    if (size == 0)
        return 0;
    for (size_t at = 0; at + width <= size; at += width)
        out[n++] = (Window){(uint16_t)at, width};
    if (size % width)
        out[n++] = (Window){(uint16_t)(size - width), width};
    return n;
}

static size_t guest_size_of(const ScannedBlock *scanned)
{
    const ScannedInsn *last = &scanned->insns[scanned->count - 1];
    return (size_t)(last->rip + last->length - scanned->start);
}

size_t translate_check_hot_bytes(const ScannedBlock *scanned)
{
    return 2 + 2 * PARK_BYTES + (guest_size_of(scanned) / 8 + 2) * WINDOW_BYTES;
}

/* The bytes the block was translated from, as the scanner read them. */
static void source_bytes(const ScannedBlock *scanned, uint8_t *out)
{
    for (size_t i = 0; i < scanned->count; i++) {
        const ScannedInsn *si = &scanned->insns[i];
        memcpy(out + (si->rip - scanned->start), si->bytes, si->length);
    }
}

static void emit_window(Emission *t, GuestAddr grip, const uint8_t *source, Window w)
{
    static const uint8_t loads[9][3] = {
        [1] = {0x0F, 0xB6, 0x09}, /* movzx ecx, byte [rcx] */
        [2] = {0x0F, 0xB7, 0x09}, /* movzx ecx, word [rcx] */
        [4] = {0x8B, 0x09},       /* mov ecx, [rcx] */
        [8] = {0x48, 0x8B, 0x09}, /* mov rcx, [rcx] */
    };
    static const uint8_t lea_jrcxz[] = {0x48, 0x8D, 0x0C, 0x11, 0xE3, 0x05};
    uint64_t expected = 0;
    memcpy(&expected, source + w.offset, w.width);
    emit_mov_imm64(&t->hot, REG_RCX, grip + w.offset);
    emit_bytes(&t->hot, loads[w.width], w.width == 4 ? 2 : 3);
    emit_mov_imm64(&t->hot, REG_RDX, (uint64_t)0 - expected);
    emit_bytes(&t->hot, lea_jrcxz, sizeof(lea_jrcxz));
    t->stale_jumps[t->stale_jump_count++] = emit_jmp_rel32(&t->hot, t->hot.p);
}

/*
 * The entries of a self-checking block:
 *   lookup entry: jmp check        (rcx, rdx still parked by the lookup)
 *   body:         park rcx, rdx    (chains and the dispatcher enter here)
 *   check:        the windows
 *                 restore rcx, rdx; the first instruction
 * The guest is at the block's first instruction throughout.
 */
void translate_emit_checked_entry(Emission *t, const ScannedBlock *scanned)
{
    Block *block = t->block;
    uint8_t source[SCAN_MAX_INSNS * ZYDIS_MAX_INSTRUCTION_LENGTH];
    Window windows[TRANSLATE_MAX_WINDOWS];
    size_t size = guest_size_of(scanned);
    source_bytes(scanned, source);
    size_t count = windows_of(size, windows);

    uint8_t parked_both = STATE_PARKED_RCX | STATE_PARKED_RDX;
    translate_note(t, cache_state_point(STATE_RIP_BLOCK, 0, parked_both));
    uint8_t *skip = t->hot.p;
    emit_u8(&t->hot, 0xEB);
    emit_u8(&t->hot, 0);
    block->body = t->hot.p;
    translate_note(t, cache_state_point(STATE_RIP_BLOCK, 0, 0));
    emit_store_slot(&t->hot, REG_RCX, T_SLOT_RCX);
    translate_note(t, cache_state_point(STATE_RIP_BLOCK, 0, STATE_PARKED_RCX));
    emit_store_slot(&t->hot, REG_RDX, T_SLOT_RDX);
    translate_note(t, cache_state_point(STATE_RIP_BLOCK, 0, parked_both));
    *emit_store_at(&t->hot, skip + 1) = (uint8_t)(t->hot.p - (skip + 2));
    for (size_t i = 0; i < count; i++)
        emit_window(t, block->grip, source, windows[i]);
    emit_load_slot(&t->hot, REG_RCX, T_SLOT_RCX);
    translate_note(t, cache_state_point(STATE_RIP_BLOCK, 0, STATE_PARKED_RDX));
    emit_load_slot(&t->hot, REG_RDX, T_SLOT_RDX);
}

/* Where a window that differs goes: rcx and rdx restored, the block
 * leaves with itself as the argument (the dispatcher drops it). */
void translate_emit_stale_stub(Emission *t)
{
    Emitter *e = &t->cold;
    if (!t->stale_jump_count)
        return;
    for (size_t i = 0; i < t->stale_jump_count; i++)
        emit_patch_rel32(e, t->stale_jumps[i], e->p);
    translate_note_cold(t,
                        cache_state_point(STATE_RIP_BLOCK, 0, STATE_PARKED_RCX | STATE_PARKED_RDX));
    emit_load_slot(e, REG_RCX, T_SLOT_RCX);
    translate_note_cold(t, cache_state_point(STATE_RIP_BLOCK, 0, STATE_PARKED_RDX));
    emit_load_slot(e, REG_RDX, T_SLOT_RDX);
    t->insn = 0;
    translate_emit_exit(t, true, EXIT_STALE, (uint64_t)(uintptr_t)t->block);
}
