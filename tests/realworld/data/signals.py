# Python's signal module: signal.alarm with a handler that raises an
# exception caught by the script, setitimer ticks, SIGINT sent with os.kill
# becoming KeyboardInterrupt, a blocked signal seen by sigpending and taken
# by sigwait, a child killed by SIGTERM, and finally a death by SIGTERM with
# the default action (the status is bash's 143). Prints only deterministic
# lines.
import os, signal, subprocess, sys, time


class Alarm(Exception):
    pass


def on_alarm(signum, frame):
    raise Alarm(signal.Signals(signum).name)


signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(1)
try:
    time.sleep(10)
    print("alarm: sleep finished?")
except Alarm as e:
    print("alarm: caught Alarm from", e)
print("alarm: remaining", signal.alarm(0))

ticks = 0


def on_tick(signum, frame):
    global ticks
    ticks += 1


signal.signal(signal.SIGALRM, on_tick)
signal.setitimer(signal.ITIMER_REAL, 0.005, 0.005)
spins = 0
while ticks < 5:
    spins += 1
signal.setitimer(signal.ITIMER_REAL, 0)
print("setitimer: at least 5 ticks:", ticks >= 5, "timer now", signal.getitimer(signal.ITIMER_REAL))

try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(10**7):
        pass
    print("SIGINT: not raised?")
except KeyboardInterrupt:
    print("SIGINT: KeyboardInterrupt caught")

signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1})
os.kill(os.getpid(), signal.SIGUSR1)
print("sigpending:", sorted(s.name for s in signal.sigpending()))
print("sigwait:", signal.Signals(signal.sigwait({signal.SIGUSR1})).name)
print("sigtimedwait, nothing pending:", signal.sigtimedwait({signal.SIGUSR1}, 0.01))
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGUSR1})

got = []
signal.signal(signal.SIGUSR2, lambda s, f: got.append(signal.Signals(s).name))
signal.raise_signal(signal.SIGUSR2)
print("raise_signal:", got)

p = subprocess.Popen(["sleep", "10"])
p.terminate()
print("child killed by SIGTERM: returncode", p.wait())
p = subprocess.run([sys.executable, "-c", "import os; os.abort()"])
print("child abort: returncode", p.returncode)

sys.stdout.flush()
signal.signal(signal.SIGTERM, signal.SIG_DFL)
os.kill(os.getpid(), signal.SIGTERM)
time.sleep(5)
print("not reached")
