/*
 * cache/pages.c: which guest pages hold code that has been translated.
 *
 * A hash set keyed by guest page number with a count of blocks per page.
 * Self-modifying-code protection (a later issue) write-protects exactly
 * these pages and invalidates their blocks when the guest writes to them.
 */
#include "cache/cache_internal.h"

#include <stdlib.h>

static size_t page_hash(uint64_t page)
{
    return (size_t)((page * 0x9E3779B97F4A7C15ULL) >> 24);
}

static PageSlot *page_slot(PageSlot *pages, size_t mask, uint64_t page)
{
    size_t i = page_hash(page) & mask;
    while (pages[i].page_plus_one && pages[i].page_plus_one != page + 1)
        i = (i + 1) & mask;
    return &pages[i];
}

static void pages_grow(Cache *cache)
{
    size_t new_mask = cache->pages_mask * 2 + 1;
    PageSlot *fresh = calloc(new_mask + 1, sizeof(PageSlot));
    if (!fresh)
        fatal("out of memory growing the page map");
    for (size_t i = 0; i <= cache->pages_mask; i++)
        if (cache->pages[i].page_plus_one)
            *page_slot(fresh, new_mask, cache->pages[i].page_plus_one - 1) = cache->pages[i];
    free(cache->pages);
    cache->pages = fresh;
    cache->pages_mask = new_mask;
}

/* The page's slot, made if it has none. */
static PageSlot *page_insert(Cache *cache, uint64_t page)
{
    if ((cache->page_count + 1) * 2 > cache->pages_mask + 1)
        pages_grow(cache);
    PageSlot *slot = page_slot(cache->pages, cache->pages_mask, page);
    if (!slot->page_plus_one) {
        slot->page_plus_one = page + 1;
        cache->page_count++;
    }
    return slot;
}

static void block_pages(const Block *block, uint64_t *first, uint64_t *last)
{
    *first = block->grip / PAGE_SIZE;
    *last = (block->grip + (block->guest_size ? block->guest_size - 1 : 0)) / PAGE_SIZE;
}

/* Which of the block's two list links belongs to `page`'s list. */
static Block **on_page_link(Block *block, uint64_t page)
{
    return &block->on_page_next[page == block->grip / PAGE_SIZE ? 0 : 1];
}

void cache_note_pages(Cache *cache, Block *block)
{
    uint64_t first, last;
    block_pages(block, &first, &last);
    for (uint64_t page = first; page <= last; page++) {
        PageSlot *slot = page_insert(cache, page);
        slot->block_count++;
        *on_page_link(block, page) = slot->blocks;
        slot->blocks = block;
    }
}

/* Walks one page's list: dead blocks are unlinked, and so are the live
 * ones `drop` takes (it returns true once it has made them dead). */
static void drop_on_page(PageSlot *slot, bool (*drop)(Block *, void *), void *arg)
{
    uint64_t page = slot->page_plus_one - 1;
    Block **link = &slot->blocks;
    while (*link) {
        Block *block = *link;
        Block **next = on_page_link(block, page);
        if (block->dead || drop(block, arg))
            *link = *next;
        else
            link = next;
    }
}

/* Every noted page of [lo, hi): one by one when the range has fewer pages
 * than are noted, else by a pass over the noted pages, so that a large
 * munmap costs no more than the translated code. */
void cache_drop_on_pages(Cache *cache, GuestAddr lo, GuestAddr hi, bool (*drop)(Block *, void *),
                         void *arg)
{
    uint64_t first = lo / PAGE_SIZE, last = (hi - 1) / PAGE_SIZE;
    if (last - first < cache->page_count) {
        for (uint64_t page = first; page <= last; page++) {
            PageSlot *slot = page_slot(cache->pages, cache->pages_mask, page);
            if (slot->page_plus_one)
                drop_on_page(slot, drop, arg);
        }
        return;
    }
    for (size_t i = 0; i <= cache->pages_mask; i++) {
        PageSlot *slot = &cache->pages[i];
        uint64_t page = slot->page_plus_one - 1;
        if (slot->page_plus_one && page >= first && page <= last)
            drop_on_page(slot, drop, arg);
    }
}

/* A page keeps its slot at count 0 (open addressing has no removal). */
void cache_forget_pages(Cache *cache, const Block *block)
{
    uint64_t first, last;
    block_pages(block, &first, &last);
    for (uint64_t page = first; page <= last; page++) {
        PageSlot *slot = page_slot(cache->pages, cache->pages_mask, page);
        if (slot->page_plus_one && slot->block_count)
            slot->block_count--;
    }
}

/* The range's pages one by one when they are fewer than the noted pages,
 * else the noted pages: a large mmap or munmap costs no more than the
 * translated code. */
bool cache_pages_noted(Cache *cache, GuestAddr lo, GuestAddr hi)
{
    uint64_t first = lo / PAGE_SIZE, last = (hi - 1) / PAGE_SIZE;
    if (last - first < cache->page_count) {
        for (uint64_t page = first; page <= last; page++)
            if (cache_page_block_count(cache, page * PAGE_SIZE))
                return true;
        return false;
    }
    for (size_t i = 0; i <= cache->pages_mask; i++) {
        const PageSlot *slot = &cache->pages[i];
        uint64_t page = slot->page_plus_one - 1;
        if (slot->page_plus_one && slot->block_count && page >= first && page <= last)
            return true;
    }
    return false;
}

size_t cache_page_block_count(Cache *cache, GuestAddr addr)
{
    PageSlot *slot = page_slot(cache->pages, cache->pages_mask, addr / PAGE_SIZE);
    return slot->page_plus_one ? slot->block_count : 0;
}

bool cache_page_write_protected(Cache *cache, GuestAddr addr)
{
    PageSlot *slot = page_slot(cache->pages, cache->pages_mask, addr / PAGE_SIZE);
    return slot->page_plus_one && slot->write_protected;
}

void cache_page_set_write_protected(Cache *cache, GuestAddr addr, bool on)
{
    page_insert(cache, addr / PAGE_SIZE)->write_protected = on;
}

bool cache_page_checked(Cache *cache, GuestAddr addr)
{
    PageSlot *slot = page_slot(cache->pages, cache->pages_mask, addr / PAGE_SIZE);
    return slot->page_plus_one && slot->checked;
}

void cache_page_set_checked(Cache *cache, GuestAddr addr)
{
    page_insert(cache, addr / PAGE_SIZE)->checked = true;
}

uint32_t cache_page_note_code_write(Cache *cache, GuestAddr addr)
{
    return ++page_insert(cache, addr / PAGE_SIZE)->code_writes;
}

void cache_each_write_protected(Cache *cache, GuestAddr lo, GuestAddr hi,
                                void (*fn)(void *arg, GuestAddr page), void *arg)
{
    if (lo >= hi)
        return;
    uint64_t first = lo / PAGE_SIZE, last = (hi - 1) / PAGE_SIZE;
    if (last - first < cache->page_count) {
        for (uint64_t page = first; page <= last; page++)
            if (cache_page_write_protected(cache, page * PAGE_SIZE))
                fn(arg, page * PAGE_SIZE);
        return;
    }
    for (size_t i = 0; i <= cache->pages_mask; i++) {
        const PageSlot *slot = &cache->pages[i];
        uint64_t page = slot->page_plus_one - 1;
        if (slot->page_plus_one && slot->write_protected && page >= first && page <= last)
            fn(arg, page * PAGE_SIZE);
    }
}

/* No page holds a live block any more; what the pages are (protection,
 * self-checking, writes counted) stays. */
void cache_pages_reset(Cache *cache)
{
    for (size_t i = 0; i <= cache->pages_mask; i++) {
        cache->pages[i].blocks = NULL;
        cache->pages[i].block_count = 0;
    }
}
