export { parseLimits, formatLimits, describeWait, type Limit } from "./policy";
export { consume, RateLimitedError } from "./limiter";
export { clientAddress, clientHash, trustedProxyHops, type Env } from "./client";
