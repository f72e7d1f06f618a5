/* exit is not exit_group: in seccomp strict mode (read, write, exit and
 * sigreturn only) a program may still end with SYS_exit, and its status is
 * the one it gave. exit_group would kill it with SIGKILL. */
#include <linux/seccomp.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

static void say(const char *s)
{
    write(1, s, strlen(s));
}

int main(void)
{
    say("before seccomp\n");
    if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT) != 0) {
        perror("prctl");
        return 1;
    }
    say("in strict mode\n");
    syscall(SYS_exit, 3);
    say("not reached\n");
    return 0;
}
