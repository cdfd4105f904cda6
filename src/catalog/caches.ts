// Key-value caches and storage the application reads back what it wrote: a value
// looked up under a key written out in the code (`redis.get(TOKEN_KEY)`) is what
// the project stores under that key. When all it stores there is its own data
// (an access token from a client-credentials grant), the lookup gives nothing
// personal, whatever the binding it lands in is called.
export interface KeyValueCacheEntry {
  id: string;
  /** Packages whose clients are the cache (any object made by the package). */
  packages?: string[];
  /** Globals that are the cache (`localStorage`, a mini-program's `wx`). */
  globals?: string[];
  /** On a framework's object, the member the cache is reached through (egg's `app.redis`). */
  members?: string[];
  /** Methods that store a value under the key given first: the value's argument index. */
  writes: Readonly<Record<string, number>>;
  /** Methods that give back the value stored under the key given first. */
  reads: string[];
  /** Methods that answer a number about the key (a counter, a time to live, how many): none of what any key holds. */
  counters?: string[];
  description: string;
}

/** Redis commands whose answer is a number about a key (rate-limit counters keyed by a phone number, expiries). */
const REDIS_COUNTERS = ["incr", "incrby", "incrBy", "decr", "decrby", "decrBy", "incrbyfloat", "incrByFloat", "hincrby", "hIncrBy", "ttl", "pttl", "expire", "pexpire", "exists", "del", "unlink", "hlen", "hLen", "llen", "lLen", "scard", "sCard", "zcard", "zCard", "strlen"];

export const KEY_VALUE_CACHES: KeyValueCacheEntry[] = [
  {
    id: "redis",
    packages: ["ioredis", "redis", "@redis/client", "@upstash/redis"],
    writes: { set: 1, setex: 2, setEx: 2, psetex: 2, getset: 1 },
    reads: ["get", "getex", "getdel", "getDel", "getEx"],
    counters: REDIS_COUNTERS,
    description: "Redis clients: redis.set(key, value[, 'EX', ttl]) / setex(key, ttl, value), read back with get(key); incr / ttl / exists answer numbers about the key.",
  },
  {
    id: "egg-redis",
    packages: ["egg"],
    members: ["redis"],
    writes: { set: 1, setex: 2 },
    reads: ["get"],
    counters: REDIS_COUNTERS,
    description: "egg-redis: app.redis.set(key, value, 'EX', ttl) and app.redis.get(key) in an egg application or service; incr / ttl answer numbers about the key.",
  },
  {
    id: "memory-cache",
    packages: ["node-cache", "lru-cache", "keyv", "cache-manager", "@nestjs/cache-manager", "memory-cache", "quick-lru"],
    writes: { set: 1, put: 1 },
    reads: ["get"],
    description: "In-process and pluggable caches: cache.set(key, value[, ttl]) (memory-cache's put) and cache.get(key).",
  },
  {
    id: "web-storage",
    globals: ["localStorage", "sessionStorage"],
    writes: { setItem: 1 },
    reads: ["getItem"],
    description: "localStorage / sessionStorage: setItem(key, value) and getItem(key).",
  },
  {
    id: "cocos-storage",
    packages: ["cc"],
    members: ["localStorage"],
    writes: { setItem: 1 },
    reads: ["getItem"],
    description: "Cocos Creator's sys.localStorage: setItem(key, value) and getItem(key).",
  },
  {
    id: "async-storage",
    packages: ["@react-native-async-storage/async-storage"],
    writes: { setItem: 1 },
    reads: ["getItem"],
    description: "React Native AsyncStorage: setItem(key, value) and getItem(key).",
  },
  {
    id: "mini-program-storage",
    globals: ["wx", "uni", "tt", "qq", "swan", "jd"],
    writes: { setStorageSync: 1 },
    reads: ["getStorageSync"],
    description: "Mini-program storage: wx.setStorageSync(key, data) and wx.getStorageSync(key) (also uni-app, Douyin, QQ, Baidu and JD).",
  },
];
