-- wrk script for scripts/bench-credit.sh: GET /api/v1/credit/publishers/{id} for random publishers of the key's platform.
-- bench-credit files publisher b{n} on the platform at position n mod PLATFORMS (in id order); the key belongs to the
-- first platform, so its publishers are b0, b{PLATFORMS}, b{2*PLATFORMS}, … Requests are built once per thread.
local publishers = tonumber(os.getenv("BENCH_PUBLISHERS") or "1000000")
local platforms = tonumber(os.getenv("BENCH_PLATFORMS") or "12")
local key = os.getenv("BENCH_KEY") or error("BENCH_KEY is not set")

local requests = {}
local next = 0

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
  local headers = { ["Authorization"] = "Bearer " .. key }
  for i = 1, 20000 do
    local n = math.random(0, math.floor(publishers / platforms) - 1) * platforms
    requests[i] = wrk.format("GET", "/api/v1/credit/publishers/b" .. n, headers)
  end
end

function request()
  next = next % #requests + 1
  return requests[next]
end

local threads = {}
graded, others = 0, 0

function setup(thread)
  table.insert(threads, thread)
end

if os.getenv("BENCH_COUNT") then
  function response(status, headers, body)
    if status == 200 and body:find('"grade":"', 1, true) then graded = graded + 1 else others = others + 1 end
  end
end

function done(summary, latency, requests)
  if os.getenv("BENCH_COUNT") then
    local g, o = 0, 0
    for _, thread in ipairs(threads) do g = g + thread:get("graded"); o = o + thread:get("others") end
    io.write(string.format("ANSWERS graded=%d other=%d\n", g, o))
    return
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
