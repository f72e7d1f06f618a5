/*
 * os/maps.c: the guest's /proc/self/maps and /proc/self/smaps.
 *
 * The kernel's files list Shunt's binary, libraries, heap, stacks and code
 * cache beside the guest's mappings. The guest sees the kernel's text
 * filtered through the guest memory map, as qemu-user shows it: a line is
 * kept for each run of guest pages inside it (a vma the kernel merged from
 * a guest mapping and an adjacent one of Shunt's is clipped, its file
 * offset moved with its start), and lines of Shunt's alone are left out.
 * The vsyscall page, above the user address space, is everyone's. The
 * guest's emulated break is labelled [heap] and its stack [stack], the
 * names the kernel gives them natively. In smaps a clipped entry gets its
 * own Size; the other counts (Rss, Pss, ...) stay the whole vma's.
 * Served as a memfd holding a snapshot taken at open.
 */
#include "os/os_internal.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* TASK_SIZE on x86-64: lines above it ([vsyscall]) are not Shunt's. */
#define USER_SPACE_END 0x7ffffffff000ULL
/* Where the kernel pads a maps line to before the name (show_map_vma). */
#define NAME_COLUMN 72

typedef struct Text {
    char *data;
    size_t len, cap;
    bool failed;
} Text;

static void text_append(Text *t, const char *s, size_t n)
{
    if (t->failed)
        return;
    if (t->len + n + 1 > t->cap) {
        size_t cap = (t->cap ? t->cap * 2 : 1 << 16) + n;
        char *grown = realloc(t->data, cap);
        if (!grown) {
            t->failed = true;
            return;
        }
        t->data = grown;
        t->cap = cap;
    }
    memcpy(t->data + t->len, s, n);
    t->len += n;
}

__attribute__((format(printf, 2, 3))) static void text_printf(Text *t, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    if (n > 0)
        text_append(t, buf, (size_t)n < sizeof(buf) ? (size_t)n : sizeof(buf) - 1);
}

/* The name the guest should see for an anonymous piece: [heap] for its
 * break, [stack] for its stack. */
static const char *anon_name(const Process *process, GuestAddr start)
{
    const OsState *os = &process->os;
    if (start >= os->brk_start && start < PAGE_UP(os->brk_current))
        return "[heap]";
    if (start >= process->stack.stack_low && start < process->stack.stack_high)
        return "[stack]";
    return "";
}

/* Writes the header line for [start, end) of the kernel's `line`, laid
 * out as show_map_vma lays it out. */
static void emit_header(Text *out, const Process *process, const char *line, GuestAddr start,
                        GuestAddr end)
{
    unsigned long long ls, le, off, ino;
    unsigned major, minor;
    char perms[8];
    int n = 0;
    if (sscanf(line, "%llx-%llx %7s %llx %x:%x %llu%n", &ls, &le, perms, &off, &major, &minor, &ino,
               &n) != 7)
        return;
    const char *name = line + n + strspn(line + n, " ");
    size_t name_len = strcspn(name, "\n");
    if (ino != 0)
        off += start - ls;
    if (name_len == 0 && ino == 0) {
        name = anon_name(process, start);
        name_len = strlen(name);
    }
    /* A page Shunt write-protected for the code translated from it is
     * writable in the guest's view. */
    int prot = os_guest_prot(&process->os, start);
    if (prot >= 0 && (prot & PROT_WRITE) && perms[1] == '-')
        perms[1] = 'w';
    size_t before = out->len;
    text_printf(out, "%08llx-%08llx %s %08llx %02x:%02x %llu ", (unsigned long long)start,
                (unsigned long long)end, perms, off, major, minor, ino);
    if (name_len > 0) {
        while (out->len - before < NAME_COLUMN && !out->failed)
            text_append(out, " ", 1);
        text_append(out, " ", 1);
        text_append(out, name, name_len);
    }
    text_append(out, "\n", 1);
}

/* Writes the smaps fields of an entry (`fields` up to `fields_end`) for a
 * piece of `size` bytes: its own Size, the rest as the kernel gave. */
static void emit_fields(Text *out, const char *fields, const char *fields_end, uint64_t size)
{
    for (const char *f = fields; f < fields_end;) {
        const char *nl = memchr(f, '\n', (size_t)(fields_end - f));
        const char *next = nl ? nl + 1 : fields_end;
        if (strncmp(f, "Size:", 5) == 0)
            text_printf(out, "Size:           %8llu kB\n", (unsigned long long)(size >> 10));
        else
            text_append(out, f, (size_t)(next - f));
        f = next;
    }
}

/* Writes one entry of the kernel's file (header `line`, fields after it
 * up to `entry_end`) once for each run of guest pages in [start, end). */
static void emit_entry(Text *out, const Process *process, const char *line, const char *entry_end,
                       GuestAddr start, GuestAddr end)
{
    const char *fields = strchr(line, '\n');
    fields = fields && fields < entry_end ? fields + 1 : entry_end;
    const GuestMap *map = &process->os.map;
    GuestAddr at = start;
    while (at < end) {
        size_t i = os_map_first_after(map, at);
        const GuestRegion *r =
            i < map->count && map->regions[i].start < end ? &map->regions[i] : NULL;
        if (!r && start < USER_SPACE_END)
            return;
        GuestAddr s = !r || r->start < at ? at : r->start;
        GuestAddr e = r ? os_map_covered_end(map, s, end) : end;
        emit_header(out, process, line, s, e);
        emit_fields(out, fields, entry_end, e - s);
        at = e;
    }
}

/* The end of the entry whose header is `line`: the next header line. */
static const char *entry_end(const char *line)
{
    const char *p = strchr(line, '\n');
    for (; p; p = strchr(p + 1, '\n')) {
        GuestAddr s, e;
        if (p[1] == '\0' || os_maps_line_range(p + 1, &s, &e))
            return p + 1;
    }
    return line + strlen(line);
}

static void filter_maps(Text *out, const Process *process, const char *text)
{
    for (const char *line = text; *line;) {
        const char *end = entry_end(line);
        GuestAddr s, e;
        if (os_maps_line_range(line, &s, &e))
            emit_entry(out, process, line, end, s, e);
        line = end;
    }
}

int64_t os_proc_open_maps(Thread *thread, const char *path, int flags)
{
    Process *process = thread->process;
    size_t len;
    char *text = os_kernel_maps(path, &len);
    if (!text)
        return -ENOMEM;
    Text out = {0};
    dispatch_lock(thread); /* the guest memory map, which other threads may change */
    os_map_sync(&process->os.map, text);
    filter_maps(&out, process, text);
    dispatch_unlock(thread);
    free(text);
    int64_t fd = out.failed ? -ENOMEM : os_proc_memfd("maps", out.data, out.len, flags);
    free(out.data);
    return fd;
}
