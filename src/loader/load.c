/*
 * loader/load.c: loader_load, the module's entry point, and its helpers.
 *
 * Opens the program, then hands it to check.c (every header field validated
 * with bounded preads, nothing mapped yet), map.c (segments), brk.c (where
 * the program break starts) and symbols.c. A program with a PT_INTERP gets
 * its interpreter (the system's ld.so) loaded beside it, as binfmt_elf
 * does; the guest then starts in the interpreter, which maps the
 * libraries itself (DESIGN.md decision 11). Every failure is one line in the caller's
 * buffer plus the status a shell would give (127 not found, 126 cannot
 * execute); on failure nothing stays mapped or allocated.
 */
#include "loader/internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

LoadStatus loader_fail(const ElfFile *file, const char *fmt, ...)
{
    if (file->err_size == 0)
        return LOAD_CANNOT_EXECUTE;
    int n = snprintf(file->err, file->err_size, "%s: ", file->path);
    if (n >= 0 && (size_t)n < file->err_size) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(file->err + n, file->err_size - (size_t)n, fmt, ap);
        va_end(ap);
    }
    return LOAD_CANNOT_EXECUTE;
}

bool loader_read_at(const ElfFile *file, void *buf, size_t len, uint64_t offset)
{
    uint8_t *p = buf;
    while (len > 0) {
        ssize_t n = pread(file->fd, p, len, (off_t)offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        len -= (size_t)n;
        offset += (uint64_t)n;
    }
    return true;
}

/* Opens `path` for `file` (whose own path names it in messages).
 * O_NONBLOCK so that a FIFO given as the program does not hang the open; it
 * is rejected by the S_ISREG check right after. */
static LoadStatus open_program(ElfFile *file, const char *path)
{
    file->fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (file->fd < 0) {
        int e = errno;
        LoadStatus st = loader_fail(file, "%s", strerror(e));
        return e == ENOENT ? LOAD_NOT_FOUND : st;
    }
    struct stat st;
    if (fstat(file->fd, &st) != 0)
        return loader_fail(file, "%s", strerror(errno));
    if (S_ISDIR(st.st_mode))
        return loader_fail(file, "is a directory");
    if (!S_ISREG(st.st_mode))
        return loader_fail(file, "not a regular file");
    file->size = (uint64_t)st.st_size;
    return LOAD_OK;
}

static LoadStatus resolve_path(const ElfFile *file, LoadedImage *image)
{
    image->path = realpath(file->path, NULL);
    if (image->path == NULL)
        return loader_fail(file, "%s", strerror(errno));
    return LOAD_OK;
}

static void close_file(ElfFile *file)
{
    free(file->phdrs);
    if (file->fd >= 0)
        close(file->fd);
}

/* The program's PT_INTERP, loaded as load_elf_interp does: checked like a
 * program, then mapped wherever mmap puts it (an ET_DYN, as every ld.so
 * is). Its messages read "PROGRAM: interpreter PATH: reason"; a missing
 * one is "not found", as for a missing program. */
static LoadStatus load_interp(const ElfFile *program, LoadedImage *image)
{
    char *path = NULL, label[PATH_MAX + 256];
    LoadStatus st = loader_interp_path(program, &path);
    if (st != LOAD_OK)
        return st;
    snprintf(label, sizeof label, "%s: interpreter %s", program->path, path);
    LoadedImage *interp = calloc(1, sizeof *interp);
    ElfFile file = {.path = label, .fd = -1, .err = program->err, .err_size = program->err_size};
    char prefixed[PATH_MAX];
    const char *open_path = base_prefixed_path(program->prefix, path, prefixed, sizeof prefixed);
    st = interp == NULL ? loader_fail(program, "out of memory") : open_program(&file, open_path);
    if (st == LOAD_OK)
        st = loader_check(&file);
    if (st == LOAD_OK)
        st = loader_map(&file, interp);
    close_file(&file);
    if (st != LOAD_OK) {
        free(path);
        if (interp != NULL)
            free(interp->segments);
        free(interp);
        return st;
    }
    interp->path = path;
    image->interp = interp;
    image->start = interp->entry;
    return LOAD_OK;
}

/* The program's segments, then its interpreter's, then the break after
 * both (so that the check for room after it sees the interpreter too). */
static LoadStatus map_all(ElfFile *file, LoadedImage *image)
{
    file->near_dyn_base = file->interp != NULL;
    LoadStatus st = loader_map(file, image);
    if (st != LOAD_OK)
        return st;
    image->start = image->entry;
    if (file->interp != NULL && (st = load_interp(file, image)) != LOAD_OK) {
        loader_unload(image);
        return st;
    }
    loader_place_brk(file, image);
    return LOAD_OK;
}

LoadStatus loader_load(const char *path, LoadedImage *image, char *err, size_t err_size)
{
    return loader_load_prefixed(path, NULL, image, err, err_size);
}

LoadStatus loader_load_prefixed(const char *path, const char *prefix, LoadedImage *image, char *err,
                                size_t err_size)
{
    memset(image, 0, sizeof *image);
    ElfFile file = {.path = path, .fd = -1, .err = err, .err_size = err_size, .prefix = prefix};
    LoadStatus st = open_program(&file, path);
    if (st == LOAD_OK)
        st = loader_check(&file);
    if (st == LOAD_OK)
        st = resolve_path(&file, image);
    if (st == LOAD_OK)
        st = map_all(&file, image);
    if (st == LOAD_OK) {
        loader_read_symbols(&file, image);
    } else {
        free(image->path);
        free(image->segments);
    }
    close_file(&file);
    if (st != LOAD_OK)
        memset(image, 0, sizeof *image);
    return st;
}

void loader_unload(LoadedImage *image)
{
    for (size_t i = 0; i < image->segment_count; i++)
        munmap((void *)image->segments[i].start, image->segments[i].end - image->segments[i].start);
    free(image->segments);
    for (size_t i = 0; i < image->symbol_count; i++)
        free((char *)image->symbols[i].name);
    free(image->symbols);
    free(image->path);
    if (image->interp != NULL) {
        loader_unload(image->interp);
        free(image->interp);
    }
    memset(image, 0, sizeof *image);
}
