/*
 * cache/link.c: chaining direct branches between blocks, and undoing it.
 *
 * Linking rewrites one rel32 field so the branch goes straight to the
 * target's body; unlinking points it back at the exit's stub. Each target
 * keeps the list of exits chained into it, so invalidating a block (self-
 * modifying code, munmap) can find every branch that leads into it. A rel32
 * is written with one 4-byte store; blocks are 16-byte aligned and stubs
 * follow the body, so the fields being patched are never executed mid-write
 * by this (single) thread.
 */
#include "cache/cache_internal.h"

#include <string.h>

static void write_rel32(uint8_t *field, const uint8_t *dest)
{
    int64_t rel = dest - (field + 4);
    if (rel != (int32_t)rel)
        fatal("chained branch out of rel32 reach");
    int32_t value = (int32_t)rel;
    __atomic_store_n((int32_t *)(void *)field, value, __ATOMIC_RELEASE);
}

bool cache_link(Cache *cache, ExitStub *exit, Block *to)
{
    (void)cache;
    if (exit->to)
        return false;
    write_rel32(exit->rel32, to->body);
    exit->to = to;
    exit->next_incoming = to->incoming;
    to->incoming = exit;
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
