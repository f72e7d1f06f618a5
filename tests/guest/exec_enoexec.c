/* execve's refusals reach the program as errno, with the process intact:
 * a file that is neither ELF nor "#!" script is ENOEXEC (also an empty
 * file, a bare "#!", and a "#!" line too long to hold a whole interpreter
 * name), a directory or a file without execute permission is EACCES, a
 * missing file ENOENT. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void make(const char *name, const char *text, size_t len, mode_t mode)
{
    int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, mode);
    write(fd, text, len);
    close(fd);
    chmod(name, mode);
}

static void try(const char *name)
{
    char *argv[] = {(char *)name, NULL};
    execve(name, argv, argv + 1);
    printf("execve %-12s %s\n", name, strerror(errno));
}

int main(void)
{
    make("text", "hello world\n", 12, 0755);
    make("empty", "", 0, 0755);
    make("bang", "#!\n", 3, 0755);
    make("blank", "#!    \t  \n", 10, 0755);
    char longline[400];
    memset(longline, 'x', sizeof(longline));
    memcpy(longline, "#!/", 3);
    make("long", longline, sizeof(longline), 0755);
    make("noexec", "\177ELF", 4, 0644);
    mkdir("dir", 0755);
    try("./text");
    try("./empty");
    try("./bang");
    try("./blank");
    try("./long");
    try("./noexec");
    try("./dir");
    try("./missing");
    printf("still running\n");
    return 0;
}
