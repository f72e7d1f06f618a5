/*
 * loader/map.c: maps the PT_LOAD segments checked by check.c, as the
 * kernel's binfmt_elf does.
 *
 * The kernel maps the PT_LOADs in table order, each MAP_FIXED over what the
 * earlier ones mapped, whatever their order or overlap. The final layout is
 * computed first (layout_segments: sorted and disjoint, a later header
 * winning the pages it shares with an earlier one), then the image's pages
 * are reserved PROT_NONE: an ET_EXEC at its own addresses, each run of
 * contiguous pages on its own (MAP_FIXED_NOREPLACE, so that Shunt's own
 * mappings are never overwritten and the holes between far-apart segments
 * are not claimed); an ET_DYN as one span, aligned to its largest p_align,
 * its holes then given back: at ELF_ET_DYN_BASE plus a random offset if it
 * has an interpreter (a dynamically linked PIE), else (a static PIE, an
 * interpreter) wherever the kernel's mmap finds room. The segments
 * are mapped inside, in table order. Nothing is reserved for brk: brk.c
 * chooses where it starts and the os layer maps its pages as it grows.
 *
 * Segments keep their native permissions even though guest code never runs
 * from them (the guest sees its own memory map); execute-only segments get
 * PROT_READ too, since the translator reads code bytes from them.
 */
#include "loader/internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Larger p_align values are ignored rather than reserving absurd spans. */
#define MAX_ALIGN (1ULL << 30)
/* Draws of a PIE's random base before giving up on ELF_ET_DYN_BASE. */
#define DYN_BASE_DRAWS 8

typedef struct MapPlan {
    uint64_t lo, hi; /* page-aligned span of the segments, before the bias */
    uint64_t align;  /* largest power-of-two p_align (used for ET_DYN only) */
} MapPlan;

/* The PT_LOADs that occupy memory (p_memsz 0 ones are skipped, as by the
 * kernel); `*i` is the table index to start from, left past the one found. */
static const Elf64_Phdr *next_load(const ElfFile *file, size_t *i)
{
    while (*i < file->ehdr.e_phnum) {
        const Elf64_Phdr *ph = &file->phdrs[(*i)++];
        if (ph->p_type == PT_LOAD && ph->p_memsz != 0)
            return ph;
    }
    return NULL;
}

static MapPlan plan_span(const ElfFile *file)
{
    MapPlan plan = {.lo = UINT64_MAX, .hi = 0, .align = PAGE_SIZE};
    size_t i = 0;
    for (const Elf64_Phdr *ph; (ph = next_load(file, &i)) != NULL;) {
        if (PAGE_DOWN(ph->p_vaddr) < plan.lo)
            plan.lo = PAGE_DOWN(ph->p_vaddr);
        if (PAGE_UP(ph->p_vaddr + ph->p_memsz) > plan.hi)
            plan.hi = PAGE_UP(ph->p_vaddr + ph->p_memsz);
        bool pow2 = (ph->p_align & (ph->p_align - 1)) == 0;
        if (pow2 && ph->p_align > plan.align && ph->p_align <= MAX_ALIGN)
            plan.align = ph->p_align;
    }
    return plan;
}

static int segment_prot(uint32_t flags)
{
    int prot = (flags & PF_R ? PROT_READ : 0) | (flags & PF_W ? PROT_WRITE : 0);
    if (flags & PF_X)
        prot |= PROT_EXEC | PROT_READ;
    return prot;
}

/* Lays `seg` over the sorted, disjoint `old` (count entries) into `out`:
 * what it covers is trimmed away (an entry it falls inside is split).
 * Returns the new count, at most count + 2. */
static size_t overlay_segment(const LoadedSegment *old, size_t count, LoadedSegment seg,
                              LoadedSegment *out)
{
    size_t n = 0;
    for (size_t i = 0; i < count; i++)
        if (old[i].start < seg.start)
            out[n++] = (LoadedSegment){
                old[i].start, old[i].end < seg.start ? old[i].end : seg.start, old[i].prot};
    out[n++] = seg;
    for (size_t i = 0; i < count; i++)
        if (old[i].end > seg.end)
            out[n++] = (LoadedSegment){old[i].start > seg.end ? old[i].start : seg.end, old[i].end,
                                       old[i].prot};
    return n;
}

/* The final page layout of the image, before the load bias. */
static bool layout_segments(const ElfFile *file, LoadedImage *image)
{
    size_t capacity = 2 * (size_t)file->ehdr.e_phnum + 1, count = 0, i = 0;
    LoadedSegment *segs = malloc(capacity * sizeof *segs);
    LoadedSegment *scratch = malloc(capacity * sizeof *scratch);
    if (segs == NULL || scratch == NULL) {
        free(segs);
        free(scratch);
        return false;
    }
    for (const Elf64_Phdr *ph; (ph = next_load(file, &i)) != NULL;) {
        LoadedSegment seg = {PAGE_DOWN(ph->p_vaddr), PAGE_UP(ph->p_vaddr + ph->p_memsz),
                             segment_prot(ph->p_flags)};
        count = overlay_segment(segs, count, seg, scratch);
        LoadedSegment *swap = segs;
        segs = scratch;
        scratch = swap;
    }
    free(scratch);
    image->segments = segs;
    image->segment_count = count;
    return true;
}

/* The end of the run of contiguous segments starting at index `i`; *next
 * receives the index after it. */
static GuestAddr run_end(const LoadedImage *image, size_t i, size_t *next)
{
    while (i + 1 < image->segment_count && image->segments[i + 1].start == image->segments[i].end)
        i++;
    *next = i + 1;
    return image->segments[i].end;
}

/* Unmaps the first `count` segments (they cover exactly what was reserved). */
static void unmap_segments(const LoadedImage *image, size_t count)
{
    for (size_t i = 0; i < count; i++)
        munmap((void *)image->segments[i].start, image->segments[i].end - image->segments[i].start);
}

/* One PROT_NONE reservation of `len` bytes at `hint` (exactly there if
 * `fixed`). Kernels before 4.17 treat MAP_FIXED_NOREPLACE as a mere hint,
 * hence the address check. */
static void *reserve(GuestAddr hint, uint64_t len, bool fixed)
{
    int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | (fixed ? MAP_FIXED_NOREPLACE : 0);
    void *p = mmap((void *)hint, len, PROT_NONE, flags, -1, 0);
    if (p != MAP_FAILED && fixed && (GuestAddr)p != hint) {
        munmap(p, len);
        errno = EEXIST;
        return MAP_FAILED;
    }
    return p;
}

/* ET_EXEC: every run of contiguous pages at its own address. */
static LoadStatus reserve_runs(const ElfFile *file, const LoadedImage *image)
{
    for (size_t i = 0, next; i < image->segment_count; i = next) {
        GuestAddr start = image->segments[i].start, end = run_end(image, i, &next);
        if (reserve(start, end - start, true) != MAP_FAILED)
            continue;
        int e = errno;
        unmap_segments(image, i);
        if (e == EEXIST)
            return loader_fail(file, "address range 0x%llx-0x%llx is in use by shunt",
                               (unsigned long long)start, (unsigned long long)end);
        return loader_fail(file, "cannot reserve 0x%llx bytes for the program: %s",
                           (unsigned long long)(end - start), strerror(e));
    }
    return LOAD_OK;
}

/* ET_DYN anywhere: wherever mmap finds room for the span, aligned. Returns
 * the span's base in *base. */
static LoadStatus reserve_anywhere(const ElfFile *file, const MapPlan *plan, GuestAddr *base)
{
    uint64_t span = plan->hi - plan->lo, slack = plan->align - PAGE_SIZE;
    void *p = reserve(0, span + slack, false);
    if (p == MAP_FAILED)
        return loader_fail(file, "cannot reserve 0x%llx bytes for the program: %s",
                           (unsigned long long)span, strerror(errno));
    *base = ((GuestAddr)p + slack) & ~(plan->align - 1);
    if (*base > (GuestAddr)p)
        munmap(p, *base - (GuestAddr)p);
    if (*base < (GuestAddr)p + slack)
        munmap((void *)(*base + span), (GuestAddr)p + slack - *base);
    return LOAD_OK;
}

/* The kernel's arch_mmap_rnd(): mmap_rnd_bits (28 by default) of pages. */
static uint64_t mmap_random_offset(void)
{
    unsigned bits = 28;
    FILE *f = fopen("/proc/sys/vm/mmap_rnd_bits", "r");
    if (f != NULL) {
        if (fscanf(f, "%u", &bits) != 1 || bits < 8 || bits > 32)
            bits = 28;
        fclose(f);
    }
    return loader_random_pages(PAGE_SIZE << bits);
}

/* A PIE with an interpreter goes where binfmt_elf puts it: ELF_ET_DYN_BASE
 * plus the random offset, aligned down, never over an existing mapping
 * (MAP_FIXED_NOREPLACE). Shunt's own binary lies in the same window: where
 * they collide, the offset is drawn again; 0 if every draw collides. */
static GuestAddr reserve_near_dyn_base(const MapPlan *plan)
{
    bool random = loader_randomizing();
    uint64_t span = plan->hi - plan->lo;
    for (int draw = 0; draw < (random ? DYN_BASE_DRAWS : 1); draw++) {
        GuestAddr base = LOADER_ET_DYN_BASE + (random ? mmap_random_offset() : 0);
        base = PAGE_DOWN(base & ~(plan->align - 1));
        if (reserve(base, span, true) != MAP_FAILED)
            return base;
    }
    return 0;
}

/* ET_DYN: the whole span at once (see above for where); the segments are
 * moved there and the holes between them given back. Returns the load bias
 * in *bias. */
static LoadStatus reserve_span(const ElfFile *file, const MapPlan *plan, LoadedImage *image,
                               GuestAddr *bias)
{
    GuestAddr base = file->near_dyn_base ? reserve_near_dyn_base(plan) : 0;
    if (base == 0) {
        LoadStatus st = reserve_anywhere(file, plan, &base);
        if (st != LOAD_OK)
            return st;
    }
    *bias = base - plan->lo;
    for (size_t i = 0; i < image->segment_count; i++) {
        image->segments[i].start += *bias;
        image->segments[i].end += *bias;
    }
    for (size_t i = 0, next; i < image->segment_count; i = next) {
        GuestAddr end = run_end(image, i, &next);
        if (next < image->segment_count)
            munmap((void *)end, image->segments[next].start - end);
    }
    return LOAD_OK;
}

/* The file-backed pages of a segment. The bytes between p_filesz and the end
 * of its last page come from whatever follows in the file and must read as
 * zero (bss), so that page is mapped writable until they are cleared. */
static bool map_file_part(const ElfFile *file, const Elf64_Phdr *ph, GuestAddr vaddr, int prot)
{
    GuestAddr start = PAGE_DOWN(vaddr), file_end = vaddr + ph->p_filesz;
    uint64_t len = PAGE_UP(file_end) - start;
    bool clear_tail = ph->p_memsz > ph->p_filesz && file_end % PAGE_SIZE != 0;
    int map_prot = clear_tail ? prot | PROT_WRITE : prot;
    void *p = mmap((void *)start, len, map_prot, MAP_PRIVATE | MAP_FIXED, file->fd,
                   (off_t)PAGE_DOWN(ph->p_offset));
    if (p == MAP_FAILED)
        return false;
    if (clear_tail) {
        memset((void *)file_end, 0, PAGE_UP(file_end) - file_end);
        if (map_prot != prot && mprotect((void *)start, len, prot) != 0)
            return false;
    }
    return true;
}

/* Maps one PT_LOAD inside the reservation: its file pages, then anonymous
 * zero pages for the rest of its bss. */
static bool map_segment(const ElfFile *file, const Elf64_Phdr *ph, GuestAddr bias)
{
    GuestAddr vaddr = ph->p_vaddr + bias;
    GuestAddr anon = PAGE_DOWN(vaddr), end = PAGE_UP(vaddr + ph->p_memsz);
    int prot = segment_prot(ph->p_flags);
    if (ph->p_filesz > 0) {
        if (!map_file_part(file, ph, vaddr, prot))
            return false;
        anon = PAGE_UP(vaddr + ph->p_filesz);
    }
    if (anon == end)
        return true;
    int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED;
    return mmap((void *)anon, end - anon, prot, flags, -1, 0) != MAP_FAILED;
}

static LoadStatus map_segments(const ElfFile *file, GuestAddr bias)
{
    size_t i = 0;
    for (const Elf64_Phdr *ph; (ph = next_load(file, &i)) != NULL;)
        if (!map_segment(file, ph, bias))
            return loader_fail(file, "cannot map segment %zu: %s", i - 1, strerror(errno));
    return LOAD_OK;
}

/* AT_PHDR: PT_PHDR if present, else where the PT_LOAD covering e_phoff put
 * the table; 0 if it is not mapped at all (static glibc then falls back to
 * __ehdr_start). */
static GuestAddr phdr_address(const ElfFile *file, GuestAddr bias)
{
    const Elf64_Phdr *phdrs = file->phdrs;
    uint64_t off = file->ehdr.e_phoff;
    for (size_t i = 0; i < file->ehdr.e_phnum; i++)
        if (phdrs[i].p_type == PT_PHDR)
            return phdrs[i].p_vaddr + bias;
    for (size_t i = 0; i < file->ehdr.e_phnum; i++) {
        const Elf64_Phdr *ph = &phdrs[i];
        if (ph->p_type == PT_LOAD && off >= ph->p_offset && off - ph->p_offset < ph->p_filesz)
            return off - ph->p_offset + ph->p_vaddr + bias;
    }
    return 0;
}

/* The kernel's start_data and end_data: the highest p_vaddr and the highest
 * p_vaddr + p_filesz among the PT_LOADs. */
static void data_bounds(const ElfFile *file, LoadedImage *image)
{
    size_t i = 0;
    for (const Elf64_Phdr *ph; (ph = next_load(file, &i)) != NULL;) {
        if (ph->p_vaddr + image->load_bias > image->data_start)
            image->data_start = ph->p_vaddr + image->load_bias;
        if (ph->p_vaddr + ph->p_filesz + image->load_bias > image->data_end)
            image->data_end = ph->p_vaddr + ph->p_filesz + image->load_bias;
    }
}

static LoadStatus reserve_image(const ElfFile *file, const MapPlan *plan, LoadedImage *image)
{
    GuestAddr bias = 0;
    LoadStatus st = file->ehdr.e_type == ET_EXEC ? reserve_runs(file, image)
                                                 : reserve_span(file, plan, image, &bias);
    image->load_bias = bias;
    return st;
}

LoadStatus loader_map(const ElfFile *file, LoadedImage *image)
{
    MapPlan plan = plan_span(file);
    if (!layout_segments(file, image))
        return loader_fail(file, "out of memory");
    LoadStatus st = reserve_image(file, &plan, image);
    if (st != LOAD_OK)
        return st;
    GuestAddr bias = image->load_bias;
    image->image_start = plan.lo + bias;
    image->image_end = plan.hi + bias;
    st = map_segments(file, bias);
    if (st != LOAD_OK) {
        unmap_segments(image, image->segment_count);
        return st;
    }
    image->entry = file->ehdr.e_entry + bias;
    image->phdr = phdr_address(file, bias);
    image->phnum = file->ehdr.e_phnum;
    image->phent = file->ehdr.e_phentsize;
    image->executable_stack = false;
    for (size_t i = 0; i < file->ehdr.e_phnum; i++)
        if (file->phdrs[i].p_type == PT_GNU_STACK)
            image->executable_stack = (file->phdrs[i].p_flags & PF_X) != 0;
    data_bounds(file, image);
    return LOAD_OK;
}
