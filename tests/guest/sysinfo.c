/* uname (sysname and machine only), getpid/getppid/gettid consistency,
 * getuid, getcwd, the process's own pid in /proc/self/stat. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/utsname.h>
#include <sys/syscall.h>

int main(void)
{
    struct utsname u;
    uname(&u);
    printf("sysname %s machine %s\n", u.sysname, u.machine);
    pid_t pid = getpid();
    printf("getpid == syscall(SYS_getpid): %s\n", pid == syscall(SYS_getpid) ? "yes" : "no");
    printf("gettid == getpid (single thread): %s\n", syscall(SYS_gettid) == pid ? "yes" : "no");
    printf("getppid positive and not self: %s\n", getppid() > 0 && getppid() != pid ? "yes" : "no");
    char buf[512];
    int fd = open("/proc/self/stat", O_RDONLY);
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    buf[n > 0 ? n : 0] = 0;
    int spid = 0, sppid = 0;
    char *rp = strrchr(buf, ')');
    sscanf(buf, "%d", &spid);
    if (rp) sscanf(rp + 2, "%*c %d", &sppid);
    printf("/proc/self/stat pid matches: %s, ppid matches: %s\n", spid == pid ? "yes" : "no", sppid == getppid() ? "yes" : "no");
    printf("getuid == geteuid: %s\n", getuid() == geteuid() ? "yes" : "no");
    char cwd[4096];
    printf("getcwd ok: %s\n", getcwd(cwd, sizeof cwd) ? "yes" : "no");
    printf("sysconf pagesize %ld\n", sysconf(_SC_PAGESIZE));
    return 0;
}
