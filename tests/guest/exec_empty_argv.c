/* execve with an empty argv (NULL, or an array holding only NULL): since
 * Linux 5.18 the new program gets argc 1 and argv[0] "" (not the path). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void run(const char *stage, char **argv)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        char env[64];
        snprintf(env, sizeof(env), "EMPTY_ARGV_STAGE=%s", stage);
        char *envp[] = {env, NULL};
        syscall(SYS_execve, "/proc/self/exe", argv, envp);
        perror("execve");
        fflush(stdout);
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    printf("exit status %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

int main(int argc, char **argv)
{
    const char *stage = getenv("EMPTY_ARGV_STAGE");
    if (stage) {
        printf("%s: argc %d, argv[0] %s%s%s, argv[1] %s\n", stage, argc, argv[0] ? "\"" : "",
               argv[0] ? argv[0] : "NULL", argv[0] ? "\"" : "", argv[1] ? "set" : "NULL");
        return 0;
    }
    run("argv NULL", NULL);
    char *empty[] = {NULL};
    run("argv {NULL}", empty);
    return 0;
}
