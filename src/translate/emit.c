/*
 * translate/emit.c: encodings of the instructions Shunt inserts.
 *
 * GS-relative slots use the absolute SIB form (mod=00, rm=100, SIB=0x25:
 * no base, no index, disp32), which with the GS prefix addresses
 * GS.base + offset, i.e. a field of the current Thread.
 */
#include "translate/emit.h"

#include <string.h>

#define PREFIX_GS 0x65
#define REX_W 0x48
#define REX_R 0x04
#define REX_B 0x01

void emit_bytes(Emitter *e, const void *bytes, size_t n)
{
    memcpy(emit_store_at(e, e->p), bytes, n);
    e->p += n;
}

void emit_u8(Emitter *e, uint8_t v)
{
    *emit_store_at(e, e->p) = v;
    e->p++;
}

void emit_u32(Emitter *e, uint32_t v)
{
    emit_bytes(e, &v, 4);
}

void emit_u64(Emitter *e, uint64_t v)
{
    emit_bytes(e, &v, 8);
}

static void emit_slot_access_sized(Emitter *e, uint8_t opcode, int reg, int32_t offset, bool wide)
{
    emit_u8(e, PREFIX_GS);
    if (wide || reg >= 8)
        emit_u8(e, (wide ? REX_W : 0x40) | (reg >= 8 ? REX_R : 0));
    emit_u8(e, opcode);
    emit_u8(e, (uint8_t)(0x04 | ((reg & 7) << 3)));
    emit_u8(e, 0x25);
    emit_u32(e, (uint32_t)offset);
}

static void emit_slot_access(Emitter *e, uint8_t opcode, int reg, int32_t offset)
{
    emit_slot_access_sized(e, opcode, reg, offset, true);
}

void emit_load_slot32(Emitter *e, int reg, int32_t offset)
{
    emit_slot_access_sized(e, 0x8B, reg, offset, false);
}

void emit_store_slot(Emitter *e, int reg, int32_t offset)
{
    emit_slot_access(e, 0x89, reg, offset);
}

void emit_load_slot(Emitter *e, int reg, int32_t offset)
{
    emit_slot_access(e, 0x8B, reg, offset);
}

void emit_store_slot_imm32(Emitter *e, int32_t offset, uint32_t imm)
{
    const uint8_t head[] = {PREFIX_GS, 0xC7, 0x04, 0x25};
    emit_bytes(e, head, sizeof(head));
    emit_u32(e, (uint32_t)offset);
    emit_u32(e, imm);
}

void emit_jmp_slot(Emitter *e, int32_t offset)
{
    const uint8_t head[] = {PREFIX_GS, 0xFF, 0x24, 0x25};
    emit_bytes(e, head, sizeof(head));
    emit_u32(e, (uint32_t)offset);
}

void emit_mov_imm64(Emitter *e, int reg, uint64_t imm)
{
    emit_u8(e, REX_W | (reg >= 8 ? REX_B : 0));
    emit_u8(e, (uint8_t)(0xB8 + (reg & 7)));
    emit_u64(e, imm);
}

void emit_patch_rel32(const Emitter *e, const uint8_t *field, const uint8_t *dest)
{
    int64_t rel = dest - (field + 4);
    if (rel != (int32_t)rel)
        fatal("branch in the code cache out of rel32 reach");
    int32_t value = (int32_t)rel;
    memcpy(emit_store_at(e, field), &value, 4);
}

uint8_t *emit_jmp_rel32(Emitter *e, const uint8_t *dest)
{
    emit_u8(e, 0xE9);
    uint8_t *field = e->p;
    e->p += 4;
    emit_patch_rel32(e, field, dest);
    return field;
}

uint8_t *emit_jcc_rel32(Emitter *e, int cc, const uint8_t *dest)
{
    emit_u8(e, 0x0F);
    emit_u8(e, (uint8_t)(0x80 | cc));
    uint8_t *field = e->p;
    e->p += 4;
    emit_patch_rel32(e, field, dest);
    return field;
}

void emit_push_imm64(Emitter *e, uint64_t value)
{
    /* push imm32 pushes the sign-extended low half; if that is not the
     * value, overwrite the high half: mov dword [rsp+4], imm32. */
    emit_u8(e, 0x68);
    emit_u32(e, (uint32_t)value);
    if ((uint64_t)(int64_t)(int32_t)(uint32_t)value != value) {
        const uint8_t head[] = {0xC7, 0x44, 0x24, 0x04};
        emit_bytes(e, head, sizeof(head));
        emit_u32(e, (uint32_t)(value >> 32));
    }
}

/* A 16-bit return address (AMD's call with a 66 prefix). */
void emit_push_imm16(Emitter *e, GuestAddr value)
{
    const uint8_t push16[] = {0x66, 0x68, (uint8_t)value, (uint8_t)(value >> 8)};
    emit_bytes(e, push16, sizeof(push16));
}
