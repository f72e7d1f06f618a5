/*
 * translate: PATM, emitting the cache copy of a scanned block.
 *
 * PURPOSE: plain instructions are copied byte for byte; sensitive ones are
 * rewritten (DESIGN.md decision 1): rip-relative operands re-encoded for
 * the copy's address (or through a scratch register when out of reach),
 * `call` pushes the guest return address, direct branches go through exit
 * stubs that dispatch later chains, indirect branches and `ret` look their
 * target up inline without touching rflags, `syscall` and faulting
 * instructions leave the cache with the guest rip. The block's rip map is
 * filled as instructions are emitted.
 *
 * Layout of a block in the cache:
 *   hot region:   lookup_entry: mov rcx,gs:[SLOT_RCX]; mov rdx,gs:[SLOT_RDX]
 *                 body:         the translated instructions
 *   cold region:  the prediction word of its indirect site, if any;
 *                 the site's first-miss stub and the direct exits' stubs
 */
#ifndef SHUNT_TRANSLATE_H
#define SHUNT_TRANSLATE_H

#include "cache/cache.h"
#include "scan/scan.h"

/* Translates `scanned` into the cache; NULL when the cache is full (the
 * caller flushes it). Exits are left unchained: the
 * caller links them (it owns the chaining policy). A `stepping` block (one
 * instruction under the trap flag) sends every exit, indirect ones
 * included, back to the dispatcher. */
Block *translate_block(Cache *cache, const ScannedBlock *scanned, bool stepping);

/* A self-checking block: on every entry it compares the guest bytes it
 * was made from with what they are now, and leaves with EXIT_STALE
 * (argument: the block) when they differ. For code the page protection
 * does not watch (dispatch decides which). The caller ends the block after
 * its first instruction that writes memory, so that a write to the code
 * ahead is seen by the next block's check. */
Block *translate_block_checked(Cache *cache, const ScannedBlock *scanned);

/* Where the guest's state lives inside one instruction's translation
 * (StatePoint, cache.h): offsets from the start of that translation, the
 * instruction index left for the caller to fill in. */
typedef struct StateNotes {
    StatePoint points[6];
    uint8_t count;
} StateNotes;

/*
 * Writes at `out` the copy of one rip-relative instruction `si` that will
 * run at `at` (its final cache address; `out` may be another buffer, as
 * the cache is written through another view): re-encoded when its operand
 * stays within rel32 reach of `at`, otherwise through a scratch register
 * parked in a Thread slot. Returns the number of bytes written (at most
 * TRANSLATE_MAX_RIPREL_BYTES); 0 if the instruction cannot be re-encoded.
 * `notes` (or NULL) gets the state points of the scratch form.
 */
size_t translate_riprel(const ScannedInsn *si, uint8_t *out, const uint8_t *at, StateNotes *notes);
#define TRANSLATE_MAX_RIPREL_BYTES 48
#endif
