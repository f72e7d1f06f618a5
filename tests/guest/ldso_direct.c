// static: no (it runs its own dynamic build through ld.so)
/* The dynamic loader run as a program: `ld.so PROG child` (an exec, which
 * Shunt follows). The kernel then loads only ld.so, which maps PROG itself
 * with mmap, relocates it and rewrites the auxiliary vector to describe it;
 * the child checks what it sees as relations: its entry and program
 * headers are its own, and AT_BASE is 0 (ld.so was the program). */
#include <elf.h>
#include <link.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/wait.h>
#include <unistd.h>

extern const ElfW(Ehdr) __ehdr_start;
extern void _start(void);

static int child(int argc, char **argv)
{
    unsigned long self = (unsigned long)&__ehdr_start;
    printf("child: argc %d, argv[1] %s\n", argc, argv[1]);
    printf("child: AT_BASE %s\n", getauxval(AT_BASE) ? "nonzero" : "zero");
    printf("child: AT_ENTRY is _start: %s\n",
           getauxval(AT_ENTRY) == (unsigned long)_start ? "yes" : "no");
    printf("child: AT_PHDR own headers: %s\n",
           getauxval(AT_PHDR) == self + __ehdr_start.e_phoff ? "yes" : "no");
    return 7;
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "child") == 0)
        return child(argc, argv);
    char self[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return 1;
    self[n] = '\0';
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        execl("/lib64/ld-linux-x86-64.so.2", "ld.so", self, "child", (char *)NULL);
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    printf("parent: child exited %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return 0;
}
