-- bench/run's lua5.4 workload: tables, strings, closures.
local t, n = {}, 0
for i = 1, 2000000 do t[i % 100003] = (t[i % 100003] or 0) + i end
for _, v in pairs(t) do n = n + v % 7 end
local parts = {}
for i = 1, 200000 do parts[#parts + 1] = string.format("%d:%x", i, i * 31) end
local s = table.concat(parts, ",")
local c = 0
for _ in s:gmatch("%d+:a") do c = c + 1 end
local function fib(k) if k < 2 then return k end return fib(k - 1) + fib(k - 2) end
print(n, #s, c, fib(27))
