/**
 * Room PINs: six digits from a cryptographic source, so a PIN cannot be predicted from the last
 * one, and unique among the live rooms of every process that shares the presence (Redis with
 * REDIS_URL): a PIN is claimed with an atomic increment, and released when its room closes.
 */
import { randomInt } from 'node:crypto';
import type { Presence } from '@colyseus/core';

export const PIN_DIGITS = 6;
/** A claim outlives a crashed process only this long (seconds); no game lasts a day. */
const CLAIM_TTL_S = 24 * 60 * 60;
/** A million PINs and a few thousand rooms: a free one is found at the first try almost always. */
const TRIES = 50;

const key = (pin: string) => `factsprint:live:pin:${pin}`;

export async function claimPin(presence: Presence, digits = PIN_DIGITS): Promise<string> {
  for (let i = 0; i < TRIES; i++) {
    // No leading zero: a PIN typed into a number field keeps all its digits.
    const pin = String(randomInt(10 ** (digits - 1), 10 ** digits));
    if ((await presence.incr(key(pin))) === 1) {
      await presence.expire(key(pin), CLAIM_TTL_S);
      return pin;
    }
  }
  throw new Error('no free PIN');
}

export async function releasePin(presence: Presence, pin: string): Promise<void> {
  await presence.del(key(pin));
}
