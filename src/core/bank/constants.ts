/**
 * The bank's fixed vocabularies, apart from the schema so that code which only needs a list
 * (the game's first screen among it) does not load the schema library with them.
 */

export const SCHEMA_VERSION = 1;

/** The bank a game link plays when it names none. */
export const DEFAULT_BANK_ID = 'kim-putin-beijing-2025-09';

export const FACT_KINDS = ['quote', 'quantity', 'date', 'place'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const REVIEW_STATUSES = ['auto', 'needs_review', 'approved', 'edited', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Statuses a person has signed off; nothing else is shown to players. */
export const PLAYABLE_STATUSES: readonly ReviewStatus[] = ['approved', 'edited'];

/** What a question asks of its fact: decides which fact field the right answer must equal. */
export const ASKS = ['speaker', 'quote', 'value', 'date', 'event', 'place'] as const;
export type Asks = (typeof ASKS)[number];

export const QUESTION_TYPES = ['choice', 'truefalse', 'estimate', 'when', 'where'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/**
 * How many options a choice question may have. Teachers' Moodle, GIFT and Kahoot files have 2 to
 * 6; the game's cards, keys (1-6, A-F) and result codes hold that many.
 */
export const MIN_CHOICE_OPTIONS = 2;
export const MAX_CHOICE_OPTIONS = 6;
