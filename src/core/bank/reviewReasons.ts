/**
 * Why the builder asks a person to check a fact: every reason it can give, by id, with the short
 * English text it writes into a fact's `reviewReasons`. Bank files keep that text, so a bank reads
 * on its own and older banks stay valid; the teacher page shows each reason in the teacher's
 * language from `teacher.reason.<id>` in src/locales.
 *
 * A new reason is one line here and one line in each locale file. tests/data/review-reasons.test.ts
 * fails while a reason the builder writes is missing here or has no English text.
 */
export const REVIEW_REASONS = {
  // Dates
  relative_date: 'relative date',
  year_from_publication: 'year from publication date',
  decade: 'decade',
  // Figures
  could_be_year: 'could be a year',
  counted_noun_inferred: 'counted noun inferred',
  // Quotes and speakers
  pronoun_speaker: 'pronoun speaker',
  speaker_not_found: 'speaker not found',
  speaker_far_from_quote: 'speaker far from quote',
  speaker_from_title: 'speaker resolved from title',
  speaker_not_a_person: 'speaker is not a named person',
  speaker_not_full_name: 'speaker not resolved to a full name',
  speaker_from_surname: 'speaker resolved from surname',
  ambiguous_surname: 'ambiguous surname',
  speaker_carried_over: 'speaker carried from the previous quote',
  floating_quote: 'floating quote (no attribution)',
  full_stop_before_attribution: 'quote ends with a full stop before the attribution',
  // Places
  part_of_longer_name: 'part of a longer name',
  ambiguous_place: 'ambiguous place',
  inside_organisation_name: 'inside an organisation name',
  larger_area_than_named: 'larger area than named',
} as const satisfies Record<string, string>;

export type ReviewReasonId = keyof typeof REVIEW_REASONS;
export type ReviewReasonText = (typeof REVIEW_REASONS)[ReviewReasonId];

export const REVIEW_REASON_IDS = Object.keys(REVIEW_REASONS) as ReviewReasonId[];

const BY_TEXT = new Map<string, ReviewReasonId>(REVIEW_REASON_IDS.map((id) => [REVIEW_REASONS[id], id]));

/** The id of a reason as a bank writes it, or null for one this version does not know. */
export function reviewReasonId(text: string): ReviewReasonId | null {
  return BY_TEXT.get(text.trim()) ?? null;
}
