/* The running program cannot be opened for writing: ETXTBSY for O_WRONLY,
 * O_RDWR, O_TRUNC and creat, by any path to it (/proc/self/exe, its real
 * path, a symlink, a relative path from a directory fd), and O_TRUNC must
 * not truncate it. Reading it is fine. If a write open ever succeeds, the
 * test stops before trying O_TRUNC (it would destroy its own binary). */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static int try(const char *what, int dirfd, const char *path, int flags)
{
    int fd = openat(dirfd, path, flags, 0644);
    printf("%-28s %s\n", what, fd < 0 ? strerror(errno) : "opened");
    if (fd >= 0)
        close(fd);
    return fd >= 0 && (flags & O_ACCMODE) != O_RDONLY;
}

int main(void)
{
    char self[4096], dir[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
    if (n < 0)
        return 1;
    self[n] = '\0';
    struct stat before, after;
    stat(self, &before);
    strcpy(dir, self);
    int dirfd = open(dirname(dir), O_RDONLY | O_DIRECTORY);
    const char *base = strrchr(self, '/') + 1;
    unlink("link");
    symlink(self, "link");
    if (try("/proc/self/exe O_WRONLY", AT_FDCWD, "/proc/self/exe", O_WRONLY) |
        try("real path O_RDWR", AT_FDCWD, self, O_RDWR) |
        try("symlink O_WRONLY|O_APPEND", AT_FDCWD, "link", O_WRONLY | O_APPEND) |
        try("dirfd + name O_RDWR", dirfd, base, O_RDWR)) {
        printf("writable: stopping\n");
        return 0;
    }
    try("/proc/self/exe O_RDONLY", AT_FDCWD, "/proc/self/exe", O_RDONLY);
    try("real path O_RDONLY|O_TRUNC", AT_FDCWD, self, O_RDONLY | O_TRUNC);
    try("symlink O_WRONLY|O_TRUNC", AT_FDCWD, "link", O_WRONLY | O_TRUNC);
    try("O_CREAT|O_EXCL", AT_FDCWD, self, O_WRONLY | O_CREAT | O_EXCL);
    try("symlink O_NOFOLLOW|O_WRONLY", AT_FDCWD, "link", O_WRONLY | O_NOFOLLOW);
    struct open_how how = {.flags = O_RDWR};
    int fd = syscall(SYS_openat2, AT_FDCWD, "/proc/self/exe", &how, sizeof(how));
    printf("%-28s %s\n", "openat2 O_RDWR", fd < 0 ? strerror(errno) : "opened");
    fd = creat(self, 0755);
    printf("%-28s %s\n", "creat", fd < 0 ? strerror(errno) : "opened");
    stat(self, &after);
    printf("size unchanged: %s\n", before.st_size == after.st_size ? "yes" : "no");
    try("other file O_WRONLY|O_CREAT", AT_FDCWD, "other", O_WRONLY | O_CREAT | O_TRUNC);
    return 0;
}
