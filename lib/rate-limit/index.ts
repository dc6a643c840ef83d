export { parseLimits, formatLimits, describeWait, type Limit } from "./policy";
export { consume, consumeBoth, RateLimitedError, type Counter, type Verdict } from "./limiter";
export { clientAddress, clientHash, trustedProxyHops, type Env } from "./client";
