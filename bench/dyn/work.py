# bench/run's python3 workload: interpreter loops, dicts, strings, json, re.
import json, re
d = {}
for i in range(300000):
    k = "k%d" % (i * 7919 % 100003)
    d[k] = d.get(k, 0) + i
s = sorted(d.items(), key=lambda kv: (kv[1], kv[0]))
text = " ".join("%s=%d" % kv for kv in s[:50000])
print(len(d), s[0], s[-1], len(re.findall(r"k(\d+)7=", text)))
doc = json.dumps([{"id": i, "v": [i, str(i), i / 3]} for i in range(50000)])
print(len(doc), sum(x["id"] for x in json.loads(doc)))
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(25))
