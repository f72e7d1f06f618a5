/*
 * translate_internal.h: helpers shared by the files of src/translate/.
 */
#ifndef SHUNT_TRANSLATE_INTERNAL_H
#define SHUNT_TRANSLATE_INTERNAL_H

#include "translate/emit.h"
#include "translate/translate.h"

/* Where a block is being emitted: its hot and cold parts. A stepping block
 * (block->single_step: one instruction run with the trap flag, see
 * dispatch) sends every exit to the dispatcher: no lookup table, no
 * prediction. */
typedef struct Emission {
    Emitter hot, cold;
    Block *block;
} Emission;

/* indirect.c: an indirect jmp/call (its target loaded into rdx, then the
 * site's prediction and the inline lookup) and a ret. */
void translate_emit_indirect(Emission *t, const ScannedInsn *si, bool is_call);
void translate_emit_ret(Emission *t, const ScannedInsn *si);
/* Whether the block's last instruction gets an inline prediction. */
bool translate_wants_prediction(const ScannedInsn *si, bool stepping);

/* Zydis register -> encoding number of its 64-bit GPR, -1 if not a GPR. */
int translate_gpr_number(ZydisRegister reg);
/* A GPR the instruction neither reads nor writes, explicitly or not, and
 * not in `exclude` (bit n: register number n); -1 if none. */
int translate_free_scratch(const ScannedInsn *si, uint32_t exclude);
/* Index of the memory operand using `segment` (GS), or based on RIP when
 * `segment` is ZYDIS_REGISTER_RIP; -1 if none. */
int translate_memory_operand(const ScannedInsn *si, ZydisRegister segment);
/* The encoder request equivalent to the decoded instruction. */
bool translate_to_request(const ScannedInsn *si, ZydisEncoderRequest *req);

/* A request for `mnemonic reg64, qword [mem]` (lea, mov) with the given
 * memory operand fields; the caller may adjust it before encoding. */
void translate_reg_mem_request(ZydisEncoderRequest *req, ZydisMnemonic mnemonic, ZydisRegister reg,
                               ZydisRegister base, ZydisRegister index, uint8_t scale,
                               int64_t displacement);

/* Emits `reg` = the guest effective address of memory operand `op` of `si`,
 * without segment base, as the CPU computes it (address.c). No flags. */
bool translate_emit_address(Emitter *e, const ScannedInsn *si, const ZydisDecodedOperand *op,
                            int reg);

/* The copy of an instruction that uses the guest's GS (segment.c). */
size_t translate_guest_gs(const ScannedInsn *si, uint8_t *out);
bool translate_uses_guest_gs(const ScannedInsn *si);

#endif
