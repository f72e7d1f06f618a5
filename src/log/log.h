/*
 * log: the -d items, the -D file, and --stats.
 *
 * PURPOSE: QEMU-style logs of what Shunt did. `in_asm` prints each block
 * when it is translated, as "IN: symbol" and the guest instructions;
 * `out_asm` prints the cache code emitted for it, "OUT: [size=N]"; `exec`
 * prints each block entered from the dispatcher (with chaining on, chained
 * blocks do not pass through it: combine with `nochain` to see them all,
 * as in QEMU). Instructions are formatted by Zydis in Intel syntax.
 */
#ifndef SHUNT_LOG_H
#define SHUNT_LOG_H

#include "base/base.h"
#include "cache/cache.h"
#include "scan/scan.h"

#include <stdio.h>

enum {
    LOG_IN_ASM = 1 << 0,
    LOG_OUT_ASM = 1 << 1,
    LOG_EXEC = 1 << 2,
    LOG_NOCHAIN = 1 << 3,
    LOG_SMC = 1 << 4,
};

/* Parses a comma-separated -d list into LOG_* bits. Prints the item table
 * and returns false for "help" or an unknown item (with a message). */
bool log_parse_items(const char *list, uint32_t *items);
/* Prints the -d item table. */
void log_print_items(FILE *out);

typedef struct Log Log;

/* Opens the log: `path` (truncated unless `append`) or stderr when NULL. */
Log *log_open(const char *path, uint32_t items, bool append);
/* The stream the log writes to (-strace prints its lines there). */
FILE *log_stream(Log *log);
bool log_enabled(const Log *log, uint32_t item);
void log_flush(Log *log);

/* `symbol` may be NULL. */
void log_in_asm(Log *log, const ScannedBlock *scanned, const char *symbol, uint64_t offset);
void log_out_asm(Log *log, const Block *block);
void log_exec(Log *log, const Block *block, const char *symbol);
/* One invalidation: the range, its cause, the blocks dropped and the
 * write-protected pages given back. */
void log_smc_checked(Log *log, GuestAddr page, uint32_t writes);
void log_cache_flush(Log *log, size_t capacity);
/* The records of flushed blocks freed, once no thread could hold one. */
void log_smc_reclaimed(Log *log, size_t blocks);
void log_smc(Log *log, GuestAddr lo, GuestAddr hi, const char *cause, size_t blocks, size_t pages);

typedef struct Stats {
    uint64_t blocks_translated;
    uint64_t guest_bytes;
    uint64_t cache_bytes;
    uint64_t chained_links;
    uint64_t indirect_sites;  /* inline lookups emitted (indirect jmp/call, ret) */
    uint64_t indirect_misses; /* lookups that missed and reached the dispatcher */
    uint64_t predictions;     /* inline predictions set at indirect sites */
    uint64_t dispatcher_entries;
    uint64_t syscalls;
    uint64_t invalidations;      /* changes of guest memory that dropped translations */
    uint64_t blocks_invalidated; /* blocks they dropped */
    uint64_t pages_protected;    /* writable pages write-protected for their code */
    uint64_t code_writes;        /* writes that hit such a page */
    uint64_t pages_checked;      /* pages switched to self-checking blocks */
    uint64_t checked_blocks;     /* self-checking blocks translated */
    uint64_t stale_blocks;       /* self-checking blocks that found their code changed */
    uint64_t cache_flushes;      /* full caches emptied */
    uint64_t fork_copies;        /* cache segments copied after a fork, before a store */
} Stats;

/* Prints the statistics block on `out`. */
void log_stats(FILE *out, const Stats *stats);

#endif
