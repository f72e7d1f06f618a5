# bash with guest signal handlers: traps on USR1, TERM and EXIT, a signal
# to itself, background jobs and wait (a trapped signal interrupting wait:
# status 128+10), a background job killed by SIGTERM (143), and an exit
# from the TERM trap that still runs the EXIT trap. (The EXIT trap is set
# after the background jobs: their subshells would inherit it.) The job
# that signals waits 0.1 s first: a USR1 that arrives before the parent's
# wait has begun runs the trap without interrupting the wait, a race that
# loses natively too when the parent is slow to get there.
n=0
trap 'n=$((n + 1)); echo "trap USR1 #$n"' USR1
kill -USR1 $$
echo "after kill -USR1: n=$n"
sleep 0.1 &
wait $!
echo "wait for sleep 0.1: $?"
(sleep 0.1; kill -USR1 $$; sleep 0.3) &
wait $!
echo "wait interrupted by USR1: $?"
wait
echo "wait again: $?"
sleep 5 &
pid=$!
sleep 0.1
kill -TERM $pid
wait $pid
echo "background job killed by TERM: $?"
false &
wait $!
echo "background false: $?"
sleep 0.1 & sleep 0.05 &
wait
echo "all jobs done: $?"
trap - USR1
echo "USR1 trap removed: $(trap -p USR1 | wc -l) left"
trap 'echo "trap EXIT, status $?"' EXIT
trap 'echo "trap TERM"; exit 3' TERM
kill -TERM $$
echo "not reached"
