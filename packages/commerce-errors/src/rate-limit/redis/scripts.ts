// The budget arithmetic of ../budget.ts as Redis Lua scripts, so that one round trip reserves or learns
// atomically for every process sharing the key. Keep the steps in step with budget.ts.

const load = `
local k = KEYS[1]
local h = redis.call('HMGET', k, 'limit', 'available', 'rate', 'windowMs', 'windowEnd', 'blockedUntil', 'margin', 'probeUntil', 'updatedAt')
local limit = tonumber(h[1]) or 0
local available = tonumber(h[2]) or 0
local rate = tonumber(h[3]) or 0
local windowMs = tonumber(h[4]) or 0
local windowEnd = tonumber(h[5]) or 0
local blockedUntil = tonumber(h[6]) or 0
local margin = tonumber(h[7]) or 0
local probeUntil = tonumber(h[8]) or 0
local updatedAt = tonumber(h[9]) or 0
local function refill(now)
  if rate > 0 then
    available = math.min(limit, available + rate * math.max(0, now - updatedAt) / 1000)
  elseif windowEnd > 0 and now >= windowEnd then
    available = limit
    if windowMs > 0 then windowEnd = now + windowMs else windowEnd = 0 end
  end
  updatedAt = now
end
local function save(ttl)
  redis.call('HSET', k, 'limit', limit, 'available', tostring(available), 'rate', tostring(rate), 'windowMs', windowMs,
    'windowEnd', windowEnd, 'blockedUntil', blockedUntil, 'margin', tostring(margin), 'probeUntil', probeUntil, 'updatedAt', updatedAt)
  redis.call('PEXPIRE', k, ttl)
end
`;

/** KEYS[1] budget; ARGV cost, now, ttl ms, probe ms, probe poll ms, unknown-window wait ms. Returns the wait (0: go). */
export const reserveScript = `${load}
local cost = tonumber(ARGV[1])
local now = tonumber(ARGV[2])
local ttl = tonumber(ARGV[3])
if blockedUntil > now then return blockedUntil - now end
if limit <= 0 then
  if probeUntil > now then return tonumber(ARGV[5]) end
  probeUntil = now + tonumber(ARGV[4])
  save(ttl)
  return 0
end
refill(now)
local need = math.min(limit, cost + margin)
local wait = 0
if available >= need then
  available = available - cost
elseif rate > 0 then
  wait = math.max(1, math.ceil((need - available) / rate * 1000))
elseif windowEnd > now then
  wait = windowEnd - now
else
  wait = tonumber(ARGV[6])
end
save(ttl)
return wait
`;

/** KEYS[1] budget; ARGV now, ttl, limit, remaining, rate, windowMs, resetMs, refund, throttled (1/0), waitMs ("" = not said). */
export const learnScript = `${load}
local now = tonumber(ARGV[1])
local ttl = tonumber(ARGV[2])
local uLimit = tonumber(ARGV[3])
local uRemaining = tonumber(ARGV[4])
local uRate = tonumber(ARGV[5])
local uWindowMs = tonumber(ARGV[6])
local uReset = tonumber(ARGV[7])
local uRefund = tonumber(ARGV[8])
local throttled = ARGV[9] == '1'
local uWait = tonumber(ARGV[10]) or 0
local known = limit > 0
if uLimit and uLimit > 0 then limit = uLimit end
if uRate and uRate > 0 then rate = uRate end
if uWindowMs and uWindowMs > 0 then windowMs = uWindowMs end
if known then refill(now) else updatedAt = now end
if uRemaining then
  local newEnd = 0
  if uReset then newEnd = now + uReset end
  local newWindow = rate == 0 and newEnd > 0 and newEnd > windowEnd + 250
  if (not known) or newWindow then available = uRemaining else available = math.min(available, uRemaining) end
  if limit <= 0 then limit = math.max(uRemaining, 1) end
end
if rate == 0 and uReset then
  windowEnd = now + uReset
elseif rate == 0 and windowEnd == 0 and windowMs > 0 then
  windowEnd = now + windowMs
end
if uRefund and uRefund > 0 then available = math.min(limit, available + uRefund) end
if throttled then
  blockedUntil = math.max(blockedUntil, now + uWait)
  margin = math.min(limit * 0.25, margin + math.max(1, limit * 0.05))
  if rate == 0 and not uRemaining then available = 0 end
end
probeUntil = 0
save(ttl)
return 0
`;
