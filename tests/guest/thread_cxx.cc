/* C++ threads: std::thread workers summing slices of a vector; std::async
 * (launch::async) tasks whose std::future values are collected; an exception
 * thrown and caught inside each of several threads (unwinding in a non-main
 * thread); an exception thrown in an async task carried through its future
 * and rethrown by get() in main; std::promise::set_exception; a ping-pong of
 * 1000 turns between two threads over std::mutex and
 * std::condition_variable; a thread_local object with a constructor and a
 * destructor: built once in each thread that touches it and destroyed when
 * that thread ends (counts checked after the joins). */
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <future>
#include <mutex>
#include <numeric>
#include <stdexcept>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

static std::atomic<int> constructed{0}, destroyed{0};

struct PerThread {
    long value;
    PerThread() : value(100)
    {
        constructed++;
    }
    ~PerThread()
    {
        destroyed++;
    }
};
static thread_local PerThread per_thread;

static void threads_sum()
{
    std::vector<long> v(400000);
    std::iota(v.begin(), v.end(), 1);
    long parts[4] = {};
    std::vector<std::thread> ts;
    for (int i = 0; i < 4; i++)
        ts.emplace_back([&, i] {
            size_t n = v.size() / 4;
            parts[i] = std::accumulate(v.begin() + i * n, v.begin() + (i + 1) * n, 0L);
        });
    for (auto &t : ts)
        t.join();
    std::printf("std::thread sum: %ld\n", parts[0] + parts[1] + parts[2] + parts[3]);
}

static void async_values()
{
    std::vector<std::future<long>> fs;
    for (long i = 1; i <= 8; i++)
        fs.push_back(std::async(std::launch::async, [i] {
            long r = 0;
            for (long k = 1; k <= 10000 * i; k++)
                r += k % 13;
            return r;
        }));
    long total = 0;
    for (auto &f : fs)
        total += f.get();
    std::printf("std::async total: %ld\n", total);
}

static void exceptions_inside()
{
    std::atomic<int> caught{0};
    std::vector<std::thread> ts;
    for (int i = 0; i < 4; i++)
        ts.emplace_back([&, i] {
            for (int k = 0; k < 100; k++) {
                try {
                    if (k % 2)
                        throw std::runtime_error("odd " + std::to_string(i));
                    throw k;
                } catch (const std::runtime_error &e) {
                    if (e.what()[0] == 'o')
                        caught++;
                } catch (int) {
                    caught++;
                }
            }
        });
    for (auto &t : ts)
        t.join();
    std::printf("exceptions caught inside threads: %d\n", caught.load());
}

static void exception_through_future()
{
    auto f =
        std::async(std::launch::async, []() -> int { throw std::out_of_range("from the task"); });
    try {
        f.get();
        std::printf("future: no exception\n");
    } catch (const std::out_of_range &e) {
        std::printf("future rethrew std::out_of_range: %s\n", e.what());
    }
    std::promise<int> p;
    auto pf = p.get_future();
    std::thread t([&p] {
        try {
            throw std::logic_error("set_exception");
        } catch (...) {
            p.set_exception(std::current_exception());
        }
    });
    try {
        pf.get();
    } catch (const std::logic_error &e) {
        std::printf("promise carried std::logic_error: %s\n", e.what());
    }
    t.join();
}

static void ping_pong()
{
    std::mutex m;
    std::condition_variable cv;
    int turn = 0, pings = 0, pongs = 0;
    auto player = [&](int me, int &count) {
        for (int i = 0; i < 1000; i++) {
            std::unique_lock<std::mutex> lk(m);
            cv.wait(lk, [&] { return turn == me; });
            count++;
            turn = 1 - me;
            cv.notify_all();
        }
    };
    std::thread a(player, 0, std::ref(pings)), b(player, 1, std::ref(pongs));
    a.join();
    b.join();
    std::printf("ping-pong: %d pings, %d pongs\n", pings, pongs);
}

static void thread_locals()
{
    std::atomic<long> seen{0};
    std::vector<std::thread> ts;
    for (int i = 0; i < 6; i++)
        ts.emplace_back([&, i] {
            seen += per_thread.value; /* constructs it here */
            per_thread.value = i;
            seen += per_thread.value;
        });
    for (auto &t : ts)
        t.join();
    std::printf("thread_local: constructed %d, destroyed %d, values seen %ld\n", constructed.load(),
                destroyed.load(), seen.load());
}

int main()
{
    alarm(20);
    threads_sum();
    async_values();
    exceptions_inside();
    exception_through_future();
    ping_pong();
    thread_locals();
    return 0;
}
