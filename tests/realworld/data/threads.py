# Python threads under Shunt: threading with a lock, a condition and a
# barrier, queue.Queue between producers and consumers, a ThreadPoolExecutor
# and a process-free concurrent.futures wait, thread-local data, an
# exception raised in a worker and seen through its future. Every result is
# independent of the interleaving.
import concurrent.futures
import hashlib
import queue
import threading

def digest(n):
    h = hashlib.sha256()
    for i in range(n):
        h.update(b"%d," % i)
    return h.hexdigest()[:16]

with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
    print("map:", list(pool.map(digest, [1000, 5000, 20000, 100, 7])))
    futures = {pool.submit(digest, n): n for n in range(0, 3000, 500)}
    done = sorted((futures[f], f.result()) for f in concurrent.futures.as_completed(futures))
    print("as_completed:", done)
    bad = pool.submit(lambda: 1 // 0)
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("worker raised:", type(e).__name__, e)

lock = threading.Lock()
total = [0]
def add(k):
    for _ in range(20000):
        with lock:
            total[0] += k
threads = [threading.Thread(target=add, args=(k,)) for k in range(1, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("locked total:", total[0])

q = queue.Queue(maxsize=16)
results = queue.Queue()
def producer(base):
    for i in range(1000):
        q.put(base + i)
def consumer():
    s = 0
    while True:
        item = q.get()
        if item is None:
            break
        s += item * item
    results.put(s)
producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100000)]
consumers = [threading.Thread(target=consumer) for _ in range(3)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print("queue sum:", sum(results.get() for _ in consumers))

barrier = threading.Barrier(3)
local = threading.local()
order = []
cond = threading.Condition()
def staged(name):
    local.name = name
    barrier.wait()
    with cond:
        order.append(local.name)
        cond.notify_all()
stages = [threading.Thread(target=staged, args=("t%d" % i,)) for i in range(3)]
for t in stages:
    t.start()
with cond:
    cond.wait_for(lambda: len(order) == 3)
for t in stages:
    t.join()
print("barrier names:", sorted(order), "main local:", getattr(local, "name", None))
print("threads alive at the end:", threading.active_count())
