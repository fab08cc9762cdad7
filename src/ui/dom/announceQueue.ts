/**
 * When the polite live region may say what. A screen reader reads the region when it changes, so
 * a message that replaces another too soon can cut it off or hide it altogether: a "5 seconds
 * left" arriving on the frame after a question used to leave the question unsaid. The rules:
 *
 * - A `main` message (a question, its feedback, a new screen: what a screen is there to say) is
 *   said at once, replacing anything, as the region always did. It then holds the region for a
 *   time long enough to be read (`dwellMs`, from its length).
 * - An `aside` (a time warning, a note that can wait) never replaces a message more important
 *   than itself while that one holds the region: it waits, and is said once the dwell is over.
 * - A newer message of the same or higher importance drops the waiting ones below or level with
 *   it: a warning meant for a question that is gone is stale, and is never read late.
 * - Every message clears the region first and is set a moment later, so the same text twice in
 *   a row is still read twice.
 *
 * Pure scheduling over the global timers (fake ones in tests); the region itself is given.
 */

export type Priority = 'main' | 'aside';

const RANK: Record<Priority, number> = { aside: 0, main: 1 };

/** Between clearing the region and setting the text: long enough for a screen reader to see a change. */
export const SETTLE_MS = 30;
/** The least a main message holds the region, whatever its length. */
export const DWELL_BASE_MS = 1000;
export const DWELL_PER_WORD_MS = 60;
/**
 * The most: the first time warning comes 5 s after a question at the shortest limit (10 s), so
 * a question's own dwell never delays it, and a warning after a long message is never read
 * more than this late.
 */
export const DWELL_MAX_MS = 4000;

// Word boundaries that also hold for Chinese, Korean and Arabic, where spaces are not the measure.
const words = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;

function wordCount(text: string): number {
  if (!words) return text.split(/\s+/).filter(Boolean).length;
  let n = 0;
  for (const s of words.segment(text)) if (s.isWordLike) n++;
  return n;
}

/** How long a message holds the region before an aside may follow it. */
export function dwellMs(text: string): number {
  return Math.min(DWELL_MAX_MS, DWELL_BASE_MS + DWELL_PER_WORD_MS * wordCount(text));
}

/** The live region, as the queue drives it. */
export interface Region<T> {
  clear(): void;
  say(message: T): void;
}

export class AnnounceQueue<T> {
  /** The rank of the message holding the region (from the moment it is sent until its dwell ends), if one does. */
  private holding: number | null = null;
  /** Asides waiting for the region, most important first, then oldest first. */
  private waiting: { message: T; rank: number }[] = [];
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private dwellTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly region: Region<T>,
    /** The words of a message, for its dwell. */
    private readonly textOf: (message: T) => string,
  ) {}

  push(message: T, priority: Priority = 'main'): void {
    const rank = RANK[priority];
    this.waiting = this.waiting.filter((w) => w.rank > rank);
    if (this.holding === null || rank >= this.holding) {
      this.send(message, rank);
      return;
    }
    const at = this.waiting.findIndex((w) => w.rank < rank);
    this.waiting.splice(at === -1 ? this.waiting.length : at, 0, { message, rank });
  }

  private send(message: T, rank: number): void {
    clearTimeout(this.settleTimer);
    clearTimeout(this.dwellTimer);
    this.holding = rank;
    this.region.clear();
    this.settleTimer = setTimeout(() => {
      this.region.say(message);
      // Counted from when the text is there to be read, not from when it was asked for.
      this.dwellTimer = setTimeout(() => this.release(), dwellMs(this.textOf(message)));
    }, SETTLE_MS);
  }

  private release(): void {
    this.holding = null;
    const next = this.waiting.shift();
    if (next) this.send(next.message, next.rank);
  }
}
