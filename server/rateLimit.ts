/**
 * Joins per address: a token bucket per address, in memory (each process counts its own). A
 * whole class often shares one address behind the school's router, so the bucket holds a class's
 * worth of joins at once and refills steadily; a script guessing PINs runs dry within a second.
 */
export interface RateLimitOptions {
  /** Joins an address may make at once. */
  burst: number;
  /** Joins per minute it gets back. */
  perMinute: number;
}

export const DEFAULT_JOIN_LIMIT: RateLimitOptions = { burst: 60, perMinute: 120 };

/** Addresses kept at most; the fullest buckets are the least interesting to keep. */
const MAX_ADDRESSES = 50_000;

export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    public options: RateLimitOptions = DEFAULT_JOIN_LIMIT,
    private now: () => number = Date.now,
  ) {}

  /** Takes one token for `address`; false when it has none left. */
  take(address: string): boolean {
    const now = this.now();
    const { burst, perMinute } = this.options;
    const b = this.buckets.get(address) ?? { tokens: burst, at: now };
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 60_000) * perMinute);
    b.at = now;
    if (this.buckets.size >= MAX_ADDRESSES && !this.buckets.has(address)) this.forgetFull(now);
    this.buckets.set(address, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  /** Drops the addresses whose buckets have refilled: they are as if never seen. */
  private forgetFull(now: number): void {
    const { burst, perMinute } = this.options;
    for (const [address, b] of this.buckets) if (b.tokens + ((now - b.at) / 60_000) * perMinute >= burst) this.buckets.delete(address);
  }
}
