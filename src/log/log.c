/*
 * log/log.c: -d items, the log file, statistics.
 *
 * The item table is the single source for parsing -d and for `-d help`.
 * Output is written with stdio to the -D file (or stderr) and flushed at
 * exit; the guest never sees the stream (Shunt's own file descriptor).
 */
#include "log/log.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct Log {
    FILE *out;
    uint32_t items;
    ZydisFormatter formatter;
    ZydisDecoder decoder;
};

static const struct {
    uint32_t bit;
    const char *name;
    const char *help;
} log_items[] = {
    {LOG_IN_ASM, "in_asm", "show the guest instructions of each block translated"},
    {LOG_OUT_ASM, "out_asm", "show the code-cache code emitted for each block"},
    {LOG_EXEC, "exec", "show each block entered from the dispatcher"},
    {LOG_NOCHAIN, "nochain", "do not chain blocks (every block exit goes to the dispatcher)"},
    {LOG_SMC, "smc", "show each invalidation of translated code (range, cause, blocks dropped)"},
};

void log_print_items(FILE *out)
{
    fprintf(out, "Log items (comma separated, for -d):\n");
    for (size_t i = 0; i < ARRAY_LEN(log_items); i++)
        fprintf(out, "%-10s %s\n", log_items[i].name, log_items[i].help);
}

static bool parse_item(const char *name, size_t len, uint32_t *items)
{
    for (size_t i = 0; i < ARRAY_LEN(log_items); i++) {
        if (strlen(log_items[i].name) == len && strncmp(log_items[i].name, name, len) == 0) {
            *items |= log_items[i].bit;
            return true;
        }
    }
    return false;
}

bool log_parse_items(const char *list, uint32_t *items)
{
    for (const char *p = list; *p;) {
        size_t len = strcspn(p, ",");
        if (len == 4 && strncmp(p, "help", 4) == 0) {
            log_print_items(stdout);
            return false;
        }
        if (!parse_item(p, len, items)) {
            fprintf(stderr, "shunt: unknown log item '%.*s' (try -d help)\n", (int)len, p);
            return false;
        }
        p += len + (p[len] == ',');
    }
    return true;
}

/* O_APPEND always: a forked child shares the file with its parent and an
 * exec'd one opens it again, and none may write over another's lines. */
static FILE *open_file(const char *path, bool append)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | (append ? 0 : O_TRUNC), 0666);
    if (fd < 0)
        return NULL;
    FILE *out = fdopen(fd, "a");
    if (!out)
        close(fd);
    return out;
}

Log *log_open(const char *path, uint32_t items, bool append)
{
    Log *log = calloc(1, sizeof(*log));
    if (!log)
        return NULL;
    log->items = items;
    log->out = stderr;
    if (path && !(log->out = open_file(path, append))) {
        free(log);
        return NULL;
    }
    ZydisFormatterInit(&log->formatter, ZYDIS_FORMATTER_STYLE_INTEL);
    ZydisDecoderInit(&log->decoder, ZYDIS_MACHINE_MODE_LONG_64, ZYDIS_STACK_WIDTH_64);
    return log;
}

bool log_enabled(const Log *log, uint32_t item)
{
    return (log->items & item) != 0;
}

FILE *log_stream(Log *log)
{
    return log->out;
}

void log_flush(Log *log)
{
    fflush(log->out);
}

static void print_insn(Log *log, uint64_t address, const ZydisDecodedInstruction *insn,
                       const ZydisDecodedOperand *ops)
{
    char text[256];
    ZydisFormatterFormatInstruction(&log->formatter, insn, ops, insn->operand_count_visible, text,
                                    sizeof(text), address, NULL);
    fprintf(log->out, "0x%016llx:  %s\n", (unsigned long long)address, text);
}

/* The scanner decodes operands only where it needs them: decode again. */
static void print_guest_insn(Log *log, const ScannedInsn *si)
{
    ZydisDecodedInstruction insn;
    ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
    if (ZYAN_SUCCESS(ZydisDecoderDecodeFull(&log->decoder, si->bytes, si->length, &insn, ops)))
        print_insn(log, si->rip, &insn, ops);
}

void log_in_asm(Log *log, const ScannedBlock *scanned, const char *symbol, uint64_t offset)
{
    fprintf(log->out, "----------------\nIN: %s", symbol ? symbol : "");
    if (symbol && offset)
        fprintf(log->out, "+0x%llx", (unsigned long long)offset);
    fputc('\n', log->out);
    for (size_t i = 0; i < scanned->count; i++) {
        const ScannedInsn *si = &scanned->insns[i];
        if (si->length == 0)
            fprintf(log->out, "0x%016llx:  (no instruction: raises signal %d)\n",
                    (unsigned long long)si->rip, si->fault_signal);
        else
            print_guest_insn(log, si);
    }
    fputc('\n', log->out);
}

/* The word the table lookup's miss jumps through: the address of the
 * stub right after it (translate.c emit_miss_stub). */
static bool is_miss_word(const uint8_t *hpc)
{
    uint64_t word;
    memcpy(&word, hpc, sizeof(word));
    return word == (uint64_t)(uintptr_t)(hpc + 8);
}

/* The block's stubs in the cold region (data words shown as such). */
static void log_cold(Log *log, const Block *block)
{
    fprintf(log->out, "  -- cold (stubs)\n");
    ZydisDecodedInstruction insn;
    ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
    uint32_t off = 0;
    if (block->site && block->site->prediction == block->cold) {
        uint64_t word;
        memcpy(&word, block->cold, sizeof(word));
        fprintf(log->out, "0x%016llx:  .quad 0x%llx (prediction)\n",
                (unsigned long long)(uintptr_t)block->cold, (unsigned long long)word);
        off = 8;
    }
    while (off < block->cold_size) {
        const uint8_t *hpc = block->cold + off;
        uint32_t fill = 0;
        while (off + fill < block->cold_size && hpc[fill] == 0xCC)
            fill++;
        if (fill) { /* int3 before an 8-byte aligned stub (translate.c) */
            fprintf(log->out, "0x%016llx:  int3 x%u (alignment)\n",
                    (unsigned long long)(uintptr_t)hpc, fill);
            off += fill;
            continue;
        }
        if (off % 8 == 0 && off + 8 <= block->cold_size && is_miss_word(hpc)) {
            fprintf(log->out, "0x%016llx:  .quad 0x%llx (miss stub)\n",
                    (unsigned long long)(uintptr_t)hpc, (unsigned long long)(uintptr_t)(hpc + 8));
            off += 8;
            continue;
        }
        if (!ZYAN_SUCCESS(
                ZydisDecoderDecodeFull(&log->decoder, hpc, block->cold_size - off, &insn, ops)))
            break;
        print_insn(log, (uint64_t)(uintptr_t)hpc, &insn, ops);
        off += insn.length;
    }
}

void log_out_asm(Log *log, const Block *block)
{
    fprintf(log->out, "OUT: [size=%u] [cold=%u]\n", block->host_size, block->cold_size);
    ZydisDecodedInstruction insn;
    ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
    for (uint32_t off = 0; off < block->host_size;) {
        const uint8_t *hpc = block->host + off;
        if (!ZYAN_SUCCESS(
                ZydisDecoderDecodeFull(&log->decoder, hpc, block->host_size - off, &insn, ops)))
            break;
        if (hpc == block->body)
            fprintf(log->out, "  -- body (guest 0x%llx)\n", (unsigned long long)block->grip);
        print_insn(log, (uint64_t)(uintptr_t)hpc, &insn, ops);
        off += insn.length;
    }
    log_cold(log, block);
    fputc('\n', log->out);
}

void log_exec(Log *log, const Block *block, const char *symbol)
{
    fprintf(log->out, "Trace: %p [%016llx] %s\n", (const void *)block->body,
            (unsigned long long)block->grip, symbol ? symbol : "");
}

void log_smc_checked(Log *log, GuestAddr page, uint32_t writes)
{
    fprintf(log->out,
            "SMC: [%016llx, %016llx) written %u times: self-checking blocks from now on\n",
            (unsigned long long)page, (unsigned long long)page + PAGE_SIZE, writes);
}

void log_cache_flush(Log *log, size_t capacity)
{
    fprintf(log->out, "SMC: the code cache (%zu KiB) is full: flushed\n", capacity >> 10);
}

void log_smc_reclaimed(Log *log, size_t blocks)
{
    fprintf(log->out, "SMC: the records of %zu flushed blocks freed\n", blocks);
}

void log_smc(Log *log, GuestAddr lo, GuestAddr hi, const char *cause, size_t blocks, size_t pages)
{
    fprintf(log->out, "SMC: [%016llx, %016llx) %s: %zu blocks dropped, %zu pages unprotected\n",
            (unsigned long long)lo, (unsigned long long)hi, cause, blocks, pages);
}

void log_stats(FILE *out, const Stats *s)
{
    fprintf(out, "shunt statistics:\n");
    fprintf(out, "  blocks translated    %llu\n", (unsigned long long)s->blocks_translated);
    fprintf(out, "  guest code bytes     %llu\n", (unsigned long long)s->guest_bytes);
    fprintf(out, "  cache code bytes     %llu\n", (unsigned long long)s->cache_bytes);
    fprintf(out, "  chained links        %llu\n", (unsigned long long)s->chained_links);
    fprintf(out, "  indirect sites       %llu\n", (unsigned long long)s->indirect_sites);
    fprintf(out, "  indirect misses      %llu\n", (unsigned long long)s->indirect_misses);
    fprintf(out, "  site predictions     %llu\n", (unsigned long long)s->predictions);
    fprintf(out, "  dispatcher entries   %llu\n", (unsigned long long)s->dispatcher_entries);
    fprintf(out, "  syscalls             %llu\n", (unsigned long long)s->syscalls);
    fprintf(out, "  invalidations        %llu\n", (unsigned long long)s->invalidations);
    fprintf(out, "  blocks invalidated   %llu\n", (unsigned long long)s->blocks_invalidated);
    fprintf(out, "  pages protected      %llu\n", (unsigned long long)s->pages_protected);
    fprintf(out, "  writes to code       %llu\n", (unsigned long long)s->code_writes);
    fprintf(out, "  pages checked        %llu\n", (unsigned long long)s->pages_checked);
    fprintf(out, "  self-checking blocks %llu\n", (unsigned long long)s->checked_blocks);
    fprintf(out, "  stale blocks         %llu\n", (unsigned long long)s->stale_blocks);
    fprintf(out, "  cache flushes        %llu\n", (unsigned long long)s->cache_flushes);
    fprintf(out, "  copies after fork    %llu\n", (unsigned long long)s->fork_copies);
}
