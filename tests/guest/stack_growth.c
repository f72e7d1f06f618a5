/* The stack is the process's [stack] and grows as natively: 6 MiB of
 * locals below main under an 8 MiB RLIMIT_STACK are fine and [stack]
 * then covers them; unbounded recursion ends in SIGSEGV (in a child). */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

static char text[1 << 20];

/* True if [stack] in /proc/self/maps holds `addr`. */
static int in_stack_line(const void *addr)
{
    int fd = open("/proc/self/maps", O_RDONLY);
    size_t n = 0;
    ssize_t r;
    while ((r = read(fd, text + n, sizeof(text) - 1 - n)) > 0)
        n += (size_t)r;
    close(fd);
    text[n] = '\0';
    unsigned long s, e, a = (unsigned long)addr;
    for (char *p = text; *p; p = strchr(p, '\n') + 1)
        if (sscanf(p, "%lx-%lx", &s, &e) == 2 && a >= s && a < e)
            return strstr(p, "[stack]") < strchr(p, '\n') && strstr(p, "[stack]") != NULL;
    return 0;
}

__attribute__((noinline)) static int deep(void)
{
    volatile char big[6 << 20];
    memset((char *)big, 1, sizeof(big));
    return in_stack_line((const char *)big) && big[12345] == 1;
}

__attribute__((noinline)) static long recurse(long n)
{
    volatile char pad[1024];
    pad[0] = (char)n;
    return recurse(n + 1) + pad[0];
}

int main(void)
{
    struct rlimit rl = {8 << 20, 8 << 20};
    getrlimit(RLIMIT_STACK, &rl);
    rl.rlim_cur = 8 << 20;
    if (rl.rlim_max < rl.rlim_cur)
        rl.rlim_cur = rl.rlim_max;
    setrlimit(RLIMIT_STACK, &rl);
    int local;
    printf("a local in [stack]: %d\n", in_stack_line(&local));
    printf("6 MiB of locals in [stack]: %d\n", deep());
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0)
        return (int)recurse(0);
    int status;
    waitpid(pid, &status, 0);
    printf("unbounded recursion: %s %d\n", WIFSIGNALED(status) ? "signal" : "exit",
           WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
    return 0;
}
