-- wrk script for scripts/bench-blacklist.sh: single account-opening checks, POST /api/v1/blacklist/check.
-- Half the numbers are on the published list and half are not. They follow the same sequence as the benchmark's
-- seeded entries (BlacklistDemoContributor.BenchmarkIdentity): area 110101 (listed) or 310101 (not listed), born
-- 1960-01-01 plus n/1000 days, sequence n%1000, ISO 7064 MOD 11-2 check character. Bodies are built once per thread,
-- so generating them costs the load generator nothing while it measures.
local entries = tonumber(os.getenv("BENCH_ENTRIES") or "1000000")
local key = os.getenv("BENCH_KEY") or error("BENCH_KEY is not set")
local weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 }
local checks = "10X98765432"
local epoch1960 = -315619200 -- 1960-01-01T00:00:00Z

local function identity(n, area)
  local born = os.date("!%Y%m%d", epoch1960 + math.floor(n / 1000) * 86400)
  local first17 = area .. born .. string.format("%03d", n % 1000)
  local sum = 0
  for i = 1, 17 do sum = sum + tonumber(first17:sub(i, i)) * weights[i] end
  local index = sum % 11 + 1
  return first17 .. checks:sub(index, index)
end

local requests = {}
local next = 0

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
  local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. key }
  for i = 1, 20000 do
    local area = (i % 2 == 0) and "110101" or "310101"
    local body = '{"identityNumber":"' .. identity(math.random(0, entries - 1), area) .. '"}'
    requests[i] = wrk.format("POST", "/api/v1/blacklist/check", headers, body)
  end
end

-- With BENCH_RATE set (scripts/fault-soak-blacklist.sh, one wrk thread), requests leave on a fixed schedule of
-- BENCH_RATE per second: each connection, when its answer is in, waits for the next free slot of the schedule. A
-- pause after each answer alone would make the rate depend on the latency. A schedule more than a second behind (the
-- portal slower than the rate) is not caught up in a burst: the rate reached is then below the rate asked, and printed.
local rate = tonumber(os.getenv("BENCH_RATE") or "0")
if rate > 0 then
  local ffi = require("ffi")
  ffi.cdef[[
    typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
    int clock_gettime(int clock, bench_timespec *now);
  ]]
  local clock = ffi.new("bench_timespec")
  local function now_ms()
    ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
    return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
  end
  local interval = 1000 / rate
  local slot = nil
  function delay()
    local now = now_ms()
    if slot == nil or slot < now - 1000 then slot = now end
    slot = slot + interval
    return math.max(0, math.floor(slot - now))
  end
end

function request()
  next = next % #requests + 1
  return requests[next]
end

-- With BENCH_COUNT set (the warm-up run), every answer is read and tallied, to show the half that should be on
-- the list is; the measured run leaves bodies unread.
local threads = {}
hits, misses, others = 0, 0, 0

function setup(thread)
  table.insert(threads, thread)
end

if os.getenv("BENCH_COUNT") then
  function response(status, headers, body)
    if status ~= 200 then others = others + 1
    elseif body:find('"onList":true', 1, true) then hits = hits + 1
    else misses = misses + 1 end
  end
end

function done(summary, latency, requests)
  if os.getenv("BENCH_COUNT") then
    local h, m, o = 0, 0, 0
    for _, thread in ipairs(threads) do h = h + thread:get("hits"); m = m + thread:get("misses"); o = o + thread:get("others") end
    io.write(string.format("ANSWERS on_list=%d not_on_list=%d not_200=%d\n", h, m, o))
    return
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
