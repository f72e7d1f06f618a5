/* A program whose path begins with '-' runs: execve("-x", ...) of a path
 * that looks like an option (relative to the cwd), and argv[0] strings
 * that look like options, must reach the new program unchanged. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void run(const char *path, char *const argv[])
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        char *envp[] = {"DASH_CHILD=1", NULL};
        execve(path, argv, envp);
        printf("execve %s: %s\n", path, strerror(errno));
        fflush(stdout);
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    printf("exit status %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

int main(int argc, char **argv)
{
    if (getenv("DASH_CHILD")) {
        printf("child:");
        for (int i = 0; i < argc; i++)
            printf(" [%s]", argv[i]);
        printf("\n");
        return 5;
    }
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
    if (n < 0)
        return 1;
    self[n] = '\0';
    unlink("-x");
    unlink("--");
    unlink("-d");
    symlink(self, "-x");
    symlink(self, "--");
    symlink(self, "-d");
    run("-x", (char *[]){"-x", "-d", "in_asm", NULL});
    run("--", (char *[]){"--", "--help", NULL});
    run("-d", (char *[]){"-0", "--", "-d", NULL});
    run("-x", (char *[]){"--version", NULL});
    return 0;
}
