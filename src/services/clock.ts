/** Time for the game: monotonic, so a system clock change never steals or gives time. */
export interface Clock {
  now(): number;
}

export const performanceClock: Clock = { now: () => performance.now() };
