/* A signal while open() of a FIFO blocks (until a writer opens it), with
 * SA_RESTART: the handler must run during the wait, as natively; here it
 * is what lets the child open the writer end (it tells the child through a
 * pipe), so the open only completes if the handler ran during it. Shunt
 * emulates open (for its /proc views): its host call must be one a held
 * signal interrupts, to rewind and run again after the handler. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static int go[2];
static volatile int handled;

static void on_usr1(int sig)
{
    (void)sig;
    handled++;
    (void)!write(go[1], "g", 1);
}

static void on_alarm(int sig)
{
    (void)sig;
    static const char msg[] = "open still blocked after 5 s: the handler did not run\n";
    (void)!write(1, msg, sizeof(msg) - 1);
    _exit(1);
}

int main(void)
{
    char dir[] = "/tmp/shunt-fifo-XXXXXX";
    if (!mkdtemp(dir))
        return 2;
    char path[64];
    snprintf(path, sizeof(path), "%s/f", dir);
    mkfifo(path, 0600);
    pipe(go);
    struct sigaction sa = {0};
    sa.sa_handler = on_usr1;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGUSR1, &sa, NULL);
    signal(SIGALRM, on_alarm);
    pid_t parent = getpid(), child = fork();
    if (child == 0) {
        usleep(100000);
        kill(parent, SIGUSR1);
        char c;
        (void)!read(go[0], &c, 1); /* the parent's handler has run */
        int fd = open(path, O_WRONLY);
        (void)!write(fd, "z", 1);
        _exit(0);
    }
    alarm(5);
    int fd = open(path, O_RDONLY);
    alarm(0);
    char ch = 0;
    (void)!read(fd, &ch, 1);
    waitpid(child, NULL, 0);
    printf("open ok %d, handled %d, read %c\n", fd >= 0, handled, ch);
    unlink(path);
    rmdir(dir);
    return 0;
}
