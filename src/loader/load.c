/*
 * loader/load.c: loader_load, the module's entry point, and its helpers.
 *
 * Opens the program, then hands it to check.c (every header field validated
 * with bounded preads, nothing mapped yet), map.c (segments), brk.c (where
 * the program break starts) and symbols.c. Every failure is one line in the caller's
 * buffer plus the status a shell would give (127 not found, 126 cannot
 * execute); on failure nothing stays mapped or allocated.
 */
#include "loader/internal.h"

#include <errno.h>
#include <fcntl.h>
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

/* O_NONBLOCK so that a FIFO given as the program does not hang the open; it
 * is rejected by the S_ISREG check right after. */
static LoadStatus open_program(ElfFile *file)
{
    file->fd = open(file->path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
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

LoadStatus loader_load(const char *path, LoadedImage *image, char *err, size_t err_size)
{
    memset(image, 0, sizeof *image);
    ElfFile file = {.path = path, .fd = -1, .err = err, .err_size = err_size};
    LoadStatus st = open_program(&file);
    if (st == LOAD_OK)
        st = loader_check(&file);
    if (st == LOAD_OK)
        st = resolve_path(&file, image);
    if (st == LOAD_OK)
        st = loader_map(&file, image);
    if (st == LOAD_OK) {
        loader_read_symbols(&file, image);
    } else {
        free(image->path);
        free(image->segments);
    }
    free(file.phdrs);
    if (file.fd >= 0)
        close(file.fd);
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
    memset(image, 0, sizeof *image);
}
