/* "#!" scripts whose interpreter is itself a script, as binfmt_script runs
 * them: each level puts the interpreter, its optional argument (the rest of
 * the line, inner blanks kept) and the script's path before the script's
 * arguments. Five levels run; six give ELOOP. A missing interpreter is
 * ENOENT, one that is not executable EACCES, one that is neither ELF nor
 * script ENOEXEC, at any depth. The new program's AT_EXECFN and name are
 * the script's. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static void make(const char *name, const char *text, mode_t mode)
{
    int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, mode);
    write(fd, text, strlen(text));
    close(fd);
    chmod(name, mode);
}

static void run(const char *script)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        char *argv[] = {"ignored-argv0", "last", NULL};
        execv(script, argv);
        printf("%s: %s\n", script, strerror(errno));
        fflush(stdout);
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 127)
        printf("%s: exit status %d\n", script, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

static void child(int argc, char **argv)
{
    char name[17] = {0};
    prctl(PR_GET_NAME, name);
    printf("ran:");
    for (int i = 0; i < argc; i++)
        printf(" [%s]", argv[i]);
    printf("\n  AT_EXECFN %s, name %s\n", (char *)getauxval(AT_EXECFN), name);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "arg1") == 0) {
        child(argc, argv);
        return 0;
    }
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
    if (n < 0)
        return 1;
    self[n] = '\0';
    unlink("self");
    symlink(self, "self");
    make("s1", "#!./self arg1\n", 0755);
    make("s2", "#!./s1 arg2\n", 0755);
    make("s3", "#!./s2\n", 0755);
    make("s4", "#!  ./s3   a  b \t\n", 0755);
    make("s5", "#!./s4 five", 0755);
    make("s6", "#!./s5 six\n", 0755);
    make("text", "just text\n", 0755);
    make("plain", "#!./text\n", 0755);
    make("missing", "#!./nothere\n", 0755);
    make("deep-missing", "#!./missing x\n", 0755);
    make("notexec", "#!./s1\n", 0644);
    make("via-notexec", "#!./notexec\n", 0755);
    make("loop", "#!./loop\n", 0755);
    run("./s1");
    run("./s3");
    run("./s4");
    run("./s5");
    run("./s6");
    run("./plain");
    run("./missing");
    run("./deep-missing");
    run("./via-notexec");
    run("./loop");
    return 0;
}
