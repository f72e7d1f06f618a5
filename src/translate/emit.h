/*
 * translate/emit.h: the byte emitter, private to src/translate/.
 *
 * Hand-encoded forms of the few instructions the translator inserts, all
 * of them flag-neutral (mov, lea, movzx, push, jmp, jrcxz): inserted code
 * must never change the guest's rflags (DESIGN.md decision 6), and never
 * push onto the guest stack except where the guest instruction itself does.
 */
#ifndef SHUNT_TRANSLATE_EMIT_H
#define SHUNT_TRANSLATE_EMIT_H

#include "base/base.h"

/* Register numbers as in the ModRM encoding. */
enum {
    REG_RAX,
    REG_RCX,
    REG_RDX,
    REG_RBX,
    REG_RSP,
    REG_RBP,
    REG_RSI,
    REG_RDI,
    REG_R8,
    REG_R9,
    REG_R10,
    REG_R11,
    REG_R12,
    REG_R13,
    REG_R14,
    REG_R15,
};

/*
 * Where code is emitted. `start` and `p` are the addresses the code runs
 * at: every address computed into it (rel32 fields, rip-relative operands,
 * offsets) is theirs. The bytes are stored `to_rw` further (modulo 2^64):
 * the cache's writable view of the same memory (W^X, cache_writable); 0 for
 * a plain buffer.
 */
typedef struct Emitter {
    uint8_t *start;
    uint8_t *p;
    uintptr_t to_rw;
} Emitter;

/* Where the byte that runs at `at` is stored. */
static inline uint8_t *emit_store_at(const Emitter *e, const uint8_t *at)
{
    return (uint8_t *)(uintptr_t)((uintptr_t)at + e->to_rw);
}

void emit_bytes(Emitter *e, const void *bytes, size_t n);
void emit_u8(Emitter *e, uint8_t v);
void emit_u32(Emitter *e, uint32_t v);
void emit_u64(Emitter *e, uint64_t v);

/* mov gs:[offset], reg64 */
void emit_store_slot(Emitter *e, int reg, int32_t offset);
/* mov reg64, gs:[offset] */
void emit_load_slot(Emitter *e, int reg, int32_t offset);
/* mov reg32, gs:[offset] (zero-extends) */
void emit_load_slot32(Emitter *e, int reg, int32_t offset);
/* mov dword gs:[offset], imm32 */
void emit_store_slot_imm32(Emitter *e, int32_t offset, uint32_t imm);
/* jmp qword gs:[offset] */
void emit_jmp_slot(Emitter *e, int32_t offset);
/* mov reg64, imm64 */
void emit_mov_imm64(Emitter *e, int reg, uint64_t imm);
/* jmp rel32 to dest; returns the address of the rel32 field. */
uint8_t *emit_jmp_rel32(Emitter *e, const uint8_t *dest);
/* jcc rel32 (condition code cc, 0..15) to dest; returns the rel32 field. */
uint8_t *emit_jcc_rel32(Emitter *e, int cc, const uint8_t *dest);
/* Points a rel32 field emitted by `e` at dest. */
void emit_patch_rel32(const Emitter *e, const uint8_t *field, const uint8_t *dest);
/* Pushes a 64-bit guest value without a scratch register or flags. */
void emit_push_imm64(Emitter *e, uint64_t value);
/* Pushes a 16-bit return address (AMD's call with a 66 prefix). */
void emit_push_imm16(Emitter *e, GuestAddr value);

#endif
