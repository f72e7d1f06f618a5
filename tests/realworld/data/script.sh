# bash features without guest signal handlers: pipes, subshells, command
# substitution, here-documents, an EXIT trap, background jobs and wait.
set -u
words=$(tr ' ' '\n' <"$D/text.txt" | head -n 2000 | sort | uniq -c | sort -k1,1nr -k2 | head -n 5)
echo "top words:"; echo "$words"
n=$( (cd "$D" && ls tree | wc -l) )
echo "tree entries: $n"
x=outer; (x=inner; echo "subshell sees $x"); echo "parent keeps $x"
count=0; while read -r a b _; do count=$((count + a % 7)); done < <(head -n 3000 "$D/text.txt")
echo "count=$count"
cat <<END | sed 's/^/| /'
here-document with $x and $(echo substituted) and $((6 * 7))
  indented line
END
cat <<'END'
quoted here-document: $x $(not run)
END
declare -A m; for w in alpha beta gamma alpha beta alpha; do m[$w]=$(( ${m[$w]:-0} + 1 )); done
for k in $(printf '%s\n' "${!m[@]}" | sort); do echo "$k=${m[$k]}"; done
arr=(one two three four); echo "${#arr[@]} ${arr[*]:1:2} ${arr[-1]^^}"
s="Hello, World"; echo "${s,,} ${s//o/0} ${s:7} ${#s}"
for i in 1 2 3; do (echo "job $i" >"job$i.out"; exit $((i + 10))) & pids[$i]=$!; done
for i in 1 2 3; do wait "${pids[$i]}"; echo "job $i exited $?"; done
cat job1.out job2.out job3.out
sleep 0.05 & wait; echo "waited for all: $?"
f() { local r; r=$(printf '%s' "$1" | md5sum | cut -c1-8); echo "$r"; }
echo "f: $(f hello) $(f world)"
printf '%s\n' c b a | sort | tac | paste -sd, -
[[ "abc123" =~ ^([a-z]+)([0-9]+)$ ]] && echo "regex: ${BASH_REMATCH[1]} ${BASH_REMATCH[2]}"
echo $(( (1 << 40) / 3 )) $(( -7 % 3 )) $(( 2 ** 62 ))
trap 'echo "exit trap ran, status $?"' EXIT
false | true; echo "pipe status ${PIPESTATUS[*]}"
exit 3
