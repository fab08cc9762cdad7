/**
 * Spaced repetition for "Practice what I missed": Leitner boxes, as plain data the storage
 * service can save as it is.
 *
 * The rules:
 * - Only misses enter the system. A question answered right the first time is not a card: the
 *   player knows it, and a bank they mostly know should not fill the device with cards.
 * - A miss puts the card in box 1, due today, wherever it was. Box 1 is the missed pile and is
 *   always due, so the practice round offered straight after a round is made of its misses.
 * - A right answer on a due card moves it up one box (at most 5) and makes it due again after
 *   that box's interval: box 2 in 2 days, box 3 in 4, box 4 in 8, box 5 in 16.
 * - A right answer on a card that is not due yet counts as seen but moves nothing. Practice
 *   rounds fill up with cards that are not due; if those climbed too, three practice rounds in
 *   one evening would file a fact away for 16 days that was only crammed.
 */
import { isCount, isPlainObject } from './shared';
import { isDayNumber, type DayNumber } from './days';


export type Box = 1 | 2 | 3 | 4 | 5;

/** Days a card waits after a right answer moved it into each box; box 1 waits for nothing. */
export const BOX_INTERVAL_DAYS: Readonly<Record<Box, number>> = { 1: 0, 2: 2, 3: 4, 4: 8, 5: 16 };

export interface LeitnerCard {
  box: Box;
  due: DayNumber;
  /** Times the question was answered since it first entered the system (that miss included). */
  seen: number;
  missed: number;
}

export interface LeitnerState {
  version: 1;
  /** Keyed by `${bankId}/${questionId}`, see `cardKey`. */
  cards: Record<string, LeitnerCard>;
}

export const emptyLeitner = (): LeitnerState => ({ version: 1, cards: {} });

// Bank ids are lower-case letters, digits and dashes, so the first '/' always ends the bank id,
// whatever a question id holds.
export function cardKey(bankId: string, questionId: string): string {
  if (bankId === '' || bankId.includes('/') || questionId === '') throw new RangeError(`no card key for bank ${JSON.stringify(bankId)} and question ${JSON.stringify(questionId)}`);
  return `${bankId}/${questionId}`;
}

export function splitCardKey(key: string): { bankId: string; questionId: string } | null {
  const at = key.indexOf('/');
  if (at <= 0 || at === key.length - 1) return null;
  return { bankId: key.slice(0, at), questionId: key.slice(at + 1) };
}

const checkDay = (today: DayNumber): void => {
  if (!isDayNumber(today)) throw new RangeError(`today must be a day number, got ${today}`);
};

const cardAt = (state: LeitnerState, key: string): LeitnerCard | undefined =>
  Object.hasOwn(state.cards, key) ? state.cards[key] : undefined;

export function recordAnswer(state: LeitnerState, key: string, correct: boolean, today: DayNumber): LeitnerState {
  if (!splitCardKey(key)) throw new RangeError(`not a card key (bankId/questionId): ${JSON.stringify(key)}`);
  checkDay(today);
  const card = cardAt(state, key);
  let next: LeitnerCard;
  if (!correct) {
    next = { box: 1, due: today, seen: (card?.seen ?? 0) + 1, missed: (card?.missed ?? 0) + 1 };
  } else if (!card) {
    return state;
  } else if (card.due > today) {
    next = { ...card, seen: card.seen + 1 };
  } else {
    const box = Math.min(card.box + 1, 5) as Box;
    next = { box, due: today + BOX_INTERVAL_DAYS[box], seen: card.seen + 1, missed: card.missed };
  }
  return { version: 1, cards: { ...state.cards, [key]: next } };
}

type Entry = [key: string, card: LeitnerCard];

const inBank = (entries: Entry[], bankId: string | undefined): Entry[] =>
  bankId === undefined ? entries : entries.filter(([key]) => splitCardKey(key)?.bankId === bankId);

// Plain code-unit order, not localeCompare: the same order on every device and locale.
const byKey = (a: Entry, b: Entry): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Cards due today or earlier: the longest overdue first, then the lowest box, then by key. */
export function dueKeys(state: LeitnerState, today: DayNumber, bankId?: string): string[] {
  checkDay(today);
  return inBank(Object.entries(state.cards), bankId)
    .filter(([, c]) => c.due <= today)
    .sort((a, b) => a[1].due - b[1].due || a[1].box - b[1].box || byKey(a, b))
    .map(([key]) => key);
}

/**
 * Question ids for a practice round in this bank: the due cards first (as `dueKeys` orders
 * them), then, so a round is never empty while anything was ever missed, the cards not yet due,
 * weakest box first and soonest due first. Ids come back as stored: the caller drops any that
 * the bank no longer plays (an edited bank can lose questions).
 */
export function practiceQuestionIds(state: LeitnerState, bankId: string, today: DayNumber, count: number): string[] {
  checkDay(today);
  if (!(count > 0)) return [];
  const due = dueKeys(state, today, bankId);
  const later = inBank(Object.entries(state.cards), bankId)
    .filter(([, c]) => c.due > today)
    .sort((a, b) => a[1].box - b[1].box || a[1].due - b[1].due || byKey(a, b))
    .map(([key]) => key);
  return [...due, ...later].slice(0, Math.floor(count)).map((key) => splitCardKey(key)!.questionId);
}

function readCard(v: unknown): LeitnerCard | null {
  if (!isPlainObject(v)) return null;
  const { box, due, seen, missed } = v;
  if (box !== 1 && box !== 2 && box !== 3 && box !== 4 && box !== 5) return null;
  if (!isDayNumber(due) || !isCount(seen) || !isCount(missed) || missed > seen) return null;
  return { box, due, seen, missed };
}

/**
 * Reads a stored copy back. Cards that are malformed (or under a key that names no bank and
 * question) are dropped and the rest kept; null when it is not a version 1 record with a cards
 * object, so the storage service reports it and starts afresh.
 */
export function parseLeitner(data: unknown): LeitnerState | null {
  if (!isPlainObject(data) || data.version !== 1 || !isPlainObject(data.cards)) return null;
  const cards: Entry[] = [];
  for (const [key, value] of Object.entries(data.cards)) {
    const card = readCard(value);
    if (card && splitCardKey(key)) cards.push([key, card]);
  }
  // fromEntries defines own properties, so even a '__proto__' key could not reach the prototype.
  return { version: 1, cards: Object.fromEntries(cards) };
}
