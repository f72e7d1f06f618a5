/*
 * loader/map.c: maps the PT_LOAD segments checked by check.c.
 *
 * Like the kernel's binfmt_elf, the whole span of the image is reserved
 * first (PROT_NONE) and the segments are then mapped MAP_FIXED inside it:
 * an ET_EXEC at its own addresses (MAP_FIXED_NOREPLACE, so that Shunt's own
 * mappings are never overwritten), an ET_DYN wherever the kernel finds room,
 * aligned to its largest p_align. The same reservation extends past the
 * image for the guest's brk (up to BRK_RESERVE; the os layer maps pages RW
 * inside [brk_start, brk_limit) as the guest grows it). Holes between
 * segments are unmapped afterwards, as natively.
 *
 * Segments keep their native permissions even though guest code never runs
 * from them (the guest sees its own memory map); execute-only segments get
 * PROT_READ too, since the translator reads code bytes from them.
 */
#include "loader/internal.h"

#include <errno.h>
#include <string.h>
#include <sys/mman.h>

#define BRK_RESERVE (1ULL << 30)
/* Larger p_align values are ignored rather than reserving absurd spans. */
#define MAX_ALIGN (1ULL << 30)

typedef struct MapPlan {
    uint64_t lo, hi;   /* page-aligned span of the segments, before the bias */
    uint64_t align;    /* largest power-of-two p_align (used for ET_DYN only) */
    GuestAddr base;    /* where lo ended up */
    uint64_t brk_size; /* bytes reserved after the image for brk */
} MapPlan;

static MapPlan plan_span(const ElfFile *file)
{
    MapPlan plan = {.lo = UINT64_MAX, .align = PAGE_SIZE};
    for (size_t i = 0; i < file->ehdr.e_phnum; i++) {
        const Elf64_Phdr *ph = &file->phdrs[i];
        if (ph->p_type != PT_LOAD || ph->p_memsz == 0)
            continue;
        if (plan.lo == UINT64_MAX)
            plan.lo = PAGE_DOWN(ph->p_vaddr);
        plan.hi = PAGE_UP(ph->p_vaddr + ph->p_memsz); /* sorted: the last one is highest */
        bool pow2 = (ph->p_align & (ph->p_align - 1)) == 0;
        if (pow2 && ph->p_align > plan.align && ph->p_align <= MAX_ALIGN)
            plan.align = ph->p_align;
    }
    return plan;
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

/* Reserves the image plus as much of BRK_RESERVE as fits after it, down to
 * none, and trims an ET_DYN reservation to the alignment. */
static LoadStatus reserve_image(const ElfFile *file, MapPlan *plan)
{
    bool fixed = file->ehdr.e_type == ET_EXEC;
    uint64_t span = plan->hi - plan->lo;
    uint64_t align = fixed ? PAGE_SIZE : plan->align;
    uint64_t slack = align - PAGE_SIZE;
    for (uint64_t brk = BRK_RESERVE;; brk = brk / 2 >= PAGE_SIZE ? brk / 2 : 0) {
        void *p = reserve(fixed ? plan->lo : 0, span + slack + brk, fixed);
        if (p != MAP_FAILED) {
            plan->base = ((GuestAddr)p + slack) & ~(align - 1);
            if (plan->base > (GuestAddr)p)
                munmap(p, plan->base - (GuestAddr)p);
            if (plan->base < (GuestAddr)p + slack)
                munmap((void *)(plan->base + span + brk), (GuestAddr)p + slack - plan->base);
            plan->brk_size = brk;
            return LOAD_OK;
        }
        if (brk == 0)
            break;
    }
    if (fixed && errno == EEXIST)
        return loader_fail(file, "address range 0x%llx-0x%llx is in use by shunt",
                           (unsigned long long)plan->lo, (unsigned long long)plan->hi);
    return loader_fail(file, "cannot reserve 0x%llx bytes for the program: %s",
                       (unsigned long long)span, strerror(errno));
}

static int segment_prot(uint32_t flags)
{
    int prot = (flags & PF_R ? PROT_READ : 0) | (flags & PF_W ? PROT_WRITE : 0);
    if (flags & PF_X)
        prot |= PROT_EXEC | PROT_READ;
    return prot;
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

/* Maps one PT_LOAD: its file pages, then anonymous zero pages for the rest
 * of its bss. */
static bool map_segment(const ElfFile *file, const Elf64_Phdr *ph, GuestAddr bias,
                        LoadedSegment *seg)
{
    GuestAddr vaddr = ph->p_vaddr + bias;
    seg->start = PAGE_DOWN(vaddr);
    seg->end = PAGE_UP(vaddr + ph->p_memsz);
    seg->prot = segment_prot(ph->p_flags);
    GuestAddr anon = seg->start;
    if (ph->p_filesz > 0) {
        if (!map_file_part(file, ph, vaddr, seg->prot))
            return false;
        anon = PAGE_UP(vaddr + ph->p_filesz);
    }
    if (anon == seg->end)
        return true;
    int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED;
    return mmap((void *)anon, seg->end - anon, seg->prot, flags, -1, 0) != MAP_FAILED;
}

/* Appends a mapped segment. When two segments share a page, the later
 * mapping replaced it (as natively), so the earlier one gives it up. */
static void record_segment(LoadedImage *image, const LoadedSegment *seg)
{
    if (image->segment_count > 0) {
        LoadedSegment *prev = &image->segments[image->segment_count - 1];
        if (prev->end > seg->start)
            prev->end = seg->start;
        if (prev->start == prev->end)
            image->segment_count--;
    }
    image->segments[image->segment_count++] = *seg;
}

static LoadStatus map_segments(const ElfFile *file, GuestAddr bias, LoadedImage *image)
{
    for (size_t i = 0; i < file->ehdr.e_phnum; i++) {
        const Elf64_Phdr *ph = &file->phdrs[i];
        if (ph->p_type != PT_LOAD || ph->p_memsz == 0)
            continue;
        LoadedSegment seg;
        if (!map_segment(file, ph, bias, &seg))
            return loader_fail(file, "cannot map segment %zu: %s", i, strerror(errno));
        record_segment(image, &seg);
    }
    for (size_t i = 0; i + 1 < image->segment_count; i++) {
        GuestAddr gap = image->segments[i].end, next = image->segments[i + 1].start;
        if (gap < next)
            munmap((void *)gap, next - gap);
    }
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

LoadStatus loader_map(const ElfFile *file, LoadedImage *image)
{
    MapPlan plan = plan_span(file);
    LoadStatus st = reserve_image(file, &plan);
    if (st != LOAD_OK)
        return st;
    GuestAddr bias = plan.base - plan.lo;
    image->load_bias = bias;
    image->image_start = plan.base;
    image->image_end = plan.hi + bias;
    image->brk_start = image->image_end;
    image->brk_limit = image->image_end + plan.brk_size;
    st = map_segments(file, bias, image);
    if (st != LOAD_OK) {
        munmap((void *)image->image_start, image->brk_limit - image->image_start);
        return st;
    }
    image->entry = file->ehdr.e_entry + bias;
    image->phdr = phdr_address(file, bias);
    image->phnum = file->ehdr.e_phnum;
    image->phent = file->ehdr.e_phentsize;
    return LOAD_OK;
}
