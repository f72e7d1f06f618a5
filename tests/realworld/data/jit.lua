-- Side traces: branches that turn hot late get traces of their own, and
-- LuaJIT patches the parent trace's exit to jump to them (it writes into
-- machine code it already ran, with mprotect RW then RX around the write).
local function work(n, mode)
  local s = 0
  for i = 1, n do
    local r = i % 7
    if r == mode then s = s + i * 3
    elseif r == (mode + 1) % 7 then s = s - i
    elseif i > n / 2 and r == (mode + 2) % 7 then s = s + (i % 13) * 5
    else s = s + 1 end
  end
  return s
end
local out = {}
for round = 0, 40 do out[#out + 1] = work(30000 + round * 1000, round % 7) end
local sum = 0
for _, v in ipairs(out) do sum = sum + v end
print(sum, out[1], out[41])
local t = {}
for i = 1, 300 do t[i] = {x = i, y = i * 2} end
local acc = 0
for k = 1, 300 do
  for i = 1, #t do
    local e = t[i]
    if e.x % (k % 17 + 1) == 0 then acc = acc + e.y else acc = acc - 1 end
  end
end
print(acc)
