/*
 * cache/link.c: chaining direct branches between blocks, and undoing it.
 *
 * Inline predictions of indirect sites are set the same way, once.
 *
 * Linking rewrites one rel32 field so the branch goes straight to the
 * target's body; unlinking points it back at the exit's stub (in the same
 * chunk, always in reach). Blocks in different chunks of the cache may be
 * out of rel32 reach of each other: such an exit stays unchained (it goes
 * through the dispatcher), such a site gets no prediction (its miss path
 * goes to the table lookup). Each target keeps the list of exits chained
 * into it, so invalidating a block (self-modifying code, munmap) can find
 * every branch that leads into it.
 *
 * Threads. The callers hold the dispatcher's lock, but other threads may
 * be executing the very branch being patched (cross-modifying code). x86
 * makes a store atomic for other cores when it does not cross a cache
 * line, and their instruction fetch sees such a store whole: the old
 * branch or the new one, never half of each (what every x86 JIT relies on
 * when it patches code in place; DynamoRIO pads its hot code for it). So:
 *   - a rel32 field within one 64-byte line is patched in place with one
 *     4-byte store;
 *   - a rel32 field that crosses a line is never patched: its branch keeps
 *     going to its stub (8-byte aligned in the cold region, translate.c),
 *     whose first 8 bytes are replaced by `jmp rel32; int3 x3` with one
 *     aligned 8-byte store (within a line), and put back the same way.
 *     Padding the hot code instead would move it: a 3-byte shift once cost
 *     a workload 20% (docs/engine.md). A chained exit through its stub
 *     costs one more jump.
 * Both the old and the new destination are valid code that a thread may
 * still run after the store: the stub leaves the cache to the dispatcher,
 * which finds the exit linked and goes on; the target block was complete
 * (and published in the block table) before any branch pointed at it. The
 * state at a stub's first byte (taken(i): rip is the exit's target,
 * nothing parked) describes a thread standing on the `jmp` too, and a
 * stub's first instruction is the one that crosses offset 8, so a thread
 * is never inside the bytes replaced.
 *
 * W^X (memory.c): every store goes through the cache's writable view
 * (cache_writable), to the same physical bytes, so what is said above of
 * an instruction fetch seeing a store whole holds as it is. Every
 * displacement is computed from the executable addresses.
 */
#include "cache/cache_internal.h"

#include <string.h>

#define CACHE_LINE 64
#define INT3 0xCC

static bool reaches(const uint8_t *field, const uint8_t *dest)
{
    int64_t rel = dest - (field + 4);
    return rel == (int32_t)rel;
}

/* Whether a 4-byte field straddles two cache lines. */
static bool crosses_line(const uint8_t *field)
{
    return (uintptr_t)field % CACHE_LINE > CACHE_LINE - 4;
}

/* One 4-byte store of `value` at `field`, through the writable view.
 * The views are page-aligned alike: the store is as aligned there. */
static void store32(Cache *cache, uint8_t *field, int32_t value)
{
    __atomic_store_n((int32_t *)(void *)cache_writable(cache, field), value, __ATOMIC_RELEASE);
}

static void store64(Cache *cache, uint8_t *word, uint64_t value)
{
    __atomic_store_n((uint64_t *)(void *)cache_writable(cache, word), value, __ATOMIC_RELEASE);
}

/* One 4-byte store, within a cache line (the callers check it). */
static void write_rel32(Cache *cache, uint8_t *field, const uint8_t *dest)
{
    if (!reaches(field, dest) || crosses_line(field))
        fatal("branch at %p cannot be aimed at %p", (void *)field, (const void *)dest);
    store32(cache, field, (int32_t)(dest - (field + 4)));
}

/* One aligned 8-byte store of a stub's head. A memory-safety check, on in
 * every build: an unaligned stub could be seen half-written. */
static void write_stub_head(Cache *cache, uint8_t *stub, uint64_t head)
{
    if ((uintptr_t)stub % 8)
        fatal("exit stub at %p is not 8-byte aligned", (void *)stub);
    store64(cache, stub, head);
}

/* `jmp dest` and three int3, as the 8 bytes at `stub` (little-endian). */
static uint64_t stub_jmp(const uint8_t *stub, const uint8_t *dest)
{
    uint32_t rel = (uint32_t)(int32_t)(dest - (stub + 5));
    return 0xE9 | (uint64_t)rel << 8 | (uint64_t)INT3 << 40 | (uint64_t)INT3 << 48 |
           (uint64_t)INT3 << 56;
}

/* Sends the branch whose rel32 field is `field`, and whose stub is `stub`,
 * to `dest`: in place, or through the stub when the field crosses a line.
 * False, and nothing written, when that is out of rel32 reach. */
static bool aim(Cache *cache, uint8_t *field, uint8_t *stub, const uint8_t *dest)
{
    if (!crosses_line(field)) {
        if (!reaches(field, dest))
            return false;
        write_rel32(cache, field, dest);
        return true;
    }
    if (!reaches(stub + 1, dest))
        return false;
    write_stub_head(cache, stub, stub_jmp(stub, dest));
    return true;
}

/* Undoes aim(): the branch goes to its stub, the stub leaves the cache. */
static void unaim(Cache *cache, uint8_t *field, uint8_t *stub, uint64_t head)
{
    if (crosses_line(field))
        write_stub_head(cache, stub, head);
    else
        write_rel32(cache, field, stub);
}

bool cache_link(Cache *cache, ExitStub *exit, Block *to)
{
    /* A dead source too: after a flush its code may be another block's. */
    if (exit->to || to->dead || exit->from->dead || !aim(cache, exit->rel32, exit->stub, to->body))
        return false;
    exit->to = to;
    exit->next_incoming = to->incoming;
    to->incoming = exit;
    return true;
}

/*
 * The order makes each store safe for a thread running the site:
 *   1. the hit jump, in place even across a line: before the prediction is
 *      set, the only target that matches the unset word is the
 *      non-canonical 2^63; a guest branching there while the site gets its
 *      first prediction is the one case left unguarded;
 *   2. the prediction word (8-byte aligned: one store): from now on a hit
 *      jumps to the block, complete since before it was published;
 *   3. the miss path, aimed at the table lookup (through the site's stub
 *      when its field crosses a line); until then a miss leaves the cache
 *      and the dispatcher finds the site predicted.
 */
bool cache_predict(Cache *cache, IndirectSite *site, Block *to)
{
    if (site->to || to->dead || site->from->dead)
        return false;
    if (!reaches(site->hit_rel32, to->host)) {
        /* No prediction can be made: stop leaving the cache on a miss.
         * The stub and the lookup are in one chunk: always in reach. */
        aim(cache, site->miss_rel32, site->stub, site->lookup);
        return false;
    }
    store32(cache, site->hit_rel32, (int32_t)(to->host - (site->hit_rel32 + 4)));
    store64(cache, site->prediction, (uint64_t)0 - to->grip);
    aim(cache, site->miss_rel32, site->stub, site->lookup);
    site->to = to;
    site->next_predicting = to->predicted_by;
    to->predicted_by = site;
    return true;
}

void cache_unlink_incoming(Cache *cache, Block *block)
{
    for (ExitStub *e = block->incoming; e; e = e->next_incoming) {
        unaim(cache, e->rel32, e->stub, e->stub_head);
        e->to = NULL;
    }
    block->incoming = NULL;
}

/* The word first: once it holds NO_PREDICTION no target matches it, and
 * the hit jump, still aimed at the dead block, is never taken. */
void cache_unpredict_incoming(Cache *cache, Block *block)
{
    for (IndirectSite *s = block->predicted_by; s; s = s->next_predicting) {
        store64(cache, s->prediction, NO_PREDICTION);
        s->to = NULL;
    }
    block->predicted_by = NULL;
}
