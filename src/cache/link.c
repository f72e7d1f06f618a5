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
 * goes to the table lookup). Each target
 * keeps the list of exits chained into it, so invalidating a block (self-
 * modifying code, munmap) can find every branch that leads into it. A rel32
 * is written with one 4-byte store; blocks are 16-byte aligned and stubs
 * follow the body, so the fields being patched are never executed mid-write
 * by this (single) thread.
 */
#include "cache/cache_internal.h"

#include <string.h>

static bool reaches(const uint8_t *field, const uint8_t *dest)
{
    int64_t rel = dest - (field + 4);
    return rel == (int32_t)rel;
}

static void write_rel32(uint8_t *field, const uint8_t *dest)
{
    if (!reaches(field, dest))
        fatal("branch at %p cannot reach %p", (void *)field, (const void *)dest);
    int32_t value = (int32_t)(dest - (field + 4));
    __atomic_store_n((int32_t *)(void *)field, value, __ATOMIC_RELEASE);
}

bool cache_link(Cache *cache, ExitStub *exit, Block *to)
{
    (void)cache;
    if (exit->to || !reaches(exit->rel32, to->body))
        return false;
    write_rel32(exit->rel32, to->body);
    exit->to = to;
    exit->next_incoming = to->incoming;
    to->incoming = exit;
    return true;
}

bool cache_predict(Cache *cache, IndirectSite *site, Block *to)
{
    (void)cache;
    if (site->to)
        return false;
    if (!reaches(site->hit_rel32, to->host)) {
        /* No prediction can be made: stop leaving the cache on a miss. */
        write_rel32(site->miss_rel32, site->lookup);
        return false;
    }
    /* Order matters once threads run here: the hit jump first (only the
     * new prediction can reach it), then the prediction, then the miss
     * path, which from now on skips the dispatcher. */
    write_rel32(site->hit_rel32, to->host);
    __atomic_store_n((uint64_t *)(void *)site->prediction, (uint64_t)0 - to->grip,
                     __ATOMIC_RELEASE);
    write_rel32(site->miss_rel32, site->lookup);
    site->to = to;
    return true;
}

void cache_unlink_incoming(Block *block)
{
    for (ExitStub *e = block->incoming; e; e = e->next_incoming) {
        write_rel32(e->rel32, e->stub);
        e->to = NULL;
    }
    block->incoming = NULL;
}
