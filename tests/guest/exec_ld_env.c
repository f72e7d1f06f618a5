// dynamic: no (LD_TRACE_LOADED_OBJECTS makes a dynamic program's own ld.so list its libraries, at random addresses)
/* A program that execs with LD_* variables in its environment: they are
 * the guest's, and must reach the new program unchanged without acting on
 * Shunt (dynamically linked itself: LD_TRACE_LOADED_OBJECTS made its ld.so
 * list Shunt's libraries and exit instead of running the program). The
 * environment Shunt escapes them with (SHUNT_ESCAPED_) round-trips too, and
 * /proc/self/environ shows the child's environment as it was given. */
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "child") == 0) {
        for (char **e = environ; *e; e++)
            if (strstr(*e, "LD_") || strstr(*e, "SHUNT_ESCAPED"))
                printf("child env: %s\n", *e);
        char text[4096];
        FILE *f = fopen("/proc/self/environ", "r");
        size_t n = f ? fread(text, 1, sizeof text, f) : 0;
        for (size_t i = 0; i < n; i += strlen(text + i) + 1)
            printf("child /proc/self/environ: %s\n", text + i);
        if (f)
            fclose(f);
        return 5;
    }
    char *env[] = {"LD_TRACE_LOADED_OBJECTS=1", "A=1", "SHUNT_ESCAPED_X=2",
                   "LD_LIBRARY_PATH=/nonexistent", "SHUNT_ESCAPED_LD_Y=3", NULL};
    char *args[] = {argv[0], "child", NULL};
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        execve("/proc/self/exe", args, env);
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    printf("child exited %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return 0;
}
