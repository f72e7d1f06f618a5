-- Lua 5.4: tables, closures, coroutines, string library, integers and floats.
local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local c = counter(); c(); c()
print("counter", c())
local gen = coroutine.wrap(function()
  local a, b = 0, 1
  for _ = 1, 90 do coroutine.yield(a); a, b = b, a + b end
end)
local fibs = {}
for _ = 1, 90 do fibs[#fibs + 1] = gen() end
print("fib", fibs[10], fibs[90], math.type(fibs[90]))
local words, f = {}, io.open(arg[1])
for line in f:lines() do
  for w in line:gmatch("%a+") do words[w] = (words[w] or 0) + 1 end
end
f:close()
local keys = {}
for k in pairs(words) do keys[#keys + 1] = k end
table.sort(keys, function(a, b) return words[a] > words[b] or (words[a] == words[b] and a < b) end)
for i = 1, 6 do print(keys[i], words[keys[i]]) end
local t = {}
for i = 1, 200000 do t[i] = (i * 7919) % 100003 end
table.sort(t)
local s = 0
for i = 1, #t, 997 do s = s + t[i] end
print("sorted", t[1], t[#t], s)
print(string.format("%5.2f|%-6s|%x|%q", math.pi, "ab", 48879, "a\nb"), 7 // 2, 7 / 2, 2^53, math.maxinteger)
print(("hello world"):gsub("o", "0"), ("%d items"):format(3), ("abc"):rep(3, "-"))
local ok, err = pcall(function() error({code = 42}) end)
print(ok, type(err), err.code)
setmetatable(_G, nil)
local V = setmetatable({}, {__add = function(a, b) return a.x + b.x end, __index = function(_, k) return k .. "?" end})
print(V.foo, setmetatable({x = 1}, getmetatable(V)) + {x = 2})
os.exit(4)
