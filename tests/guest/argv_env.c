/* argc, argv (argv[0] by basename), a variable set by the harness, envp
 * terminator, and that argv/envp are laid out as the kernel does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

int main(int argc, char **argv, char **envp)
{
    const char *b = strrchr(argv[0], '/');
    printf("argc %d\nargv[0] basename %s\n", argc, b ? b + 1 : argv[0]);
    for (int i = 1; i < argc; i++) printf("argv[%d] = \"%s\"\n", i, argv[i]);
    printf("argv[argc] is NULL: %s\n", argv[argc] == NULL ? "yes" : "no");
    printf("envp follows argv: %s\n", envp == argv + argc + 1 ? "yes" : "no");
    printf("environ == envp: %s\n", environ == envp ? "yes" : "no");
    const char *v = getenv("SHUNT_TEST_VAR");
    printf("SHUNT_TEST_VAR=%s\n", v ? v : "(unset)");
    setenv("NEW_VAR", "value", 1);
    printf("NEW_VAR=%s\n", getenv("NEW_VAR"));
    int n = 0;
    for (char **e = envp; *e; e++) n++;
    printf("environment has entries: %s\n", n > 0 ? "yes" : "no");
    return 0;
}
