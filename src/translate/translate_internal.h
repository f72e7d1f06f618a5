/*
 * translate_internal.h: helpers shared by the files of src/translate/.
 */
#ifndef SHUNT_TRANSLATE_INTERNAL_H
#define SHUNT_TRANSLATE_INTERNAL_H

#include "translate/emit.h"
#include "translate/translate.h"

/* The most windows a block's source check has (check.c). */
#define TRANSLATE_MAX_WINDOWS (SCAN_MAX_INSNS * ZYDIS_MAX_INSTRUCTION_LENGTH / 8 + 2)

/* Where a block is being emitted: its hot and cold parts. A stepping block
 * (block->single_step: one instruction run with the trap flag, see
 * dispatch) sends every exit to the dispatcher: no lookup table, no
 * prediction. */
typedef struct Emission {
    Emitter hot, cold;
    Block *block;
    uint16_t insn;             /* index of the instruction being emitted */
    uint8_t *table_miss_rel32; /* the lookup table's miss jump, aimed at the miss stub */
    StatePoint *points;        /* the block's state points so far (cache.h) */
    size_t point_count, point_cap;
    uint8_t *stale_jumps[TRANSLATE_MAX_WINDOWS]; /* a self-checking block's jumps to its
                                                    stale stub (check.c) */
    size_t stale_jump_count;
} Emission;

/* Leaves the cache at instruction t->insn, which has not run (translate.c). */
void translate_emit_exit(Emission *t, bool cold, uint32_t kind, uint64_t arg);
/* A self-checking block's entries and source check, and its stale stub
 * (check.c); the hot bytes the entries take at most. */
void translate_emit_checked_entry(Emission *t, const ScannedBlock *scanned);
void translate_emit_stale_stub(Emission *t);
size_t translate_check_hot_bytes(const ScannedBlock *scanned);
/* Records that from the current hot (or cold) position on, the guest's
 * state is `p` (translate.c). */
void translate_note(Emission *t, StatePoint p);
void translate_note_cold(Emission *t, StatePoint p);
/* Notes, with an offset from `start` (a hot position), as noted state. */
void translate_note_all(Emission *t, const uint8_t *start, const StateNotes *notes);
/* Adds a point at `offset` from an instruction's translation start. */
void translate_notes_add(StateNotes *notes, size_t offset, StatePoint p);
/* A point of the instruction (`done`: it has run) with guest registers in
 * the scratch slots (STATE_NO_REG: none) and one moved by the GS base. */
StatePoint translate_parked(bool done, int scratch, int scratch2, int gs_moved);

/* Pushes the guest return address of call `si` (translate.c); `parked`:
 * the STATE_PARKED_* bits in force around it. */
void translate_push_return(Emission *t, const ScannedInsn *si, uint8_t parked);

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
size_t translate_guest_gs(const ScannedInsn *si, uint8_t *out, StateNotes *notes);
bool translate_uses_guest_gs(const ScannedInsn *si);

#endif
