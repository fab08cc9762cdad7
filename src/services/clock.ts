/** Time for the game: monotonic, so a system clock change never steals or gives time. */
export interface Clock {
  now(): number;
}

export const performanceClock: Clock = { now: () => performance.now() };

/**
 * The device's wall clock (ms since 1970), for time set against another machine's: a live game's
 * countdown is the server's deadline less this clock and the offset measured when the question
 * arrived (live/client.ts), and a monotonic clock starts from the page's own zero, so it cannot
 * be set against the server. The live connection stamps what arrives by the wall clock too
 * (its `now`, main.ts), so the offset and the countdown read one time.
 */
export const wallClock: Clock = { now: () => Date.now() };
