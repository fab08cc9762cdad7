/**
 * The one bank schema, shared by the game, the builder and the tests.
 *
 * A bank is data: article metadata, the facts found in the article (each with the exact
 * source sentence and its character span) and questions that point at those facts.
 * Only facts a person approved or edited ever reach players (see `playableQuestions`).
 */
import { z } from 'zod';
import { AREA_ID } from '../area.ts';
import { ASKS, MAX_CHOICE_OPTIONS, MIN_CHOICE_OPTIONS, REVIEW_STATUSES, SCHEMA_VERSION } from './constants.ts';
import { crossReferenceIssues } from './crossChecks.ts';

// Zod's faster parser compiles code with `new Function`, which the pages' Content-Security-Policy
// forbids (no eval); even its probe for it is reported as a violation. Banks are small: parse
// without it. Set before any schema below is built, which is when zod reads the setting.
z.config({ jitless: true });

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
/** A date at the precision the article gives: a year, a month or a day. */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const SpanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .refine((s) => s.end > s.start, { message: 'end must be after start' });

const QuoteData = z.object({
  speaker: nonEmpty,
  /** The quoted words exactly as the article prints them, without the quote marks. */
  quote: nonEmpty,
  /** Where or when it was said, so "who said it" questions can give context. */
  occasion: z.string().optional(),
});

const QuantityData = z.object({
  value: z.number().finite(),
  /** What is counted: "North Korean troops deployed". */
  counts: nonEmpty,
  /** The article's hedge, kept because "nearly 2,000" is not "2,000". */
  approx: z.enum(['exact', 'nearly', 'about', 'over', 'up to']).default('exact'),
  /** The figure's words as the sentence prints them, without the hedge ("$1.5 billion", "five"): the gap a fill-in question blanks. */
  text: z.string().optional(),
});

const DateData = z.object({
  value: partialDate,
  precision: z.enum(['year', 'month', 'day']),
  /** What happened then. */
  event: nonEmpty,
  /** The date's words as the sentence prints them ("February 16", "2016"): the gap a fill-in question blanks. */
  text: z.string().optional(),
});

const PlaceData = z.object({
  name: nonEmpty,
  /** Other names that would also be a true answer (the country of a city, say). */
  alsoTrue: z.array(nonEmpty).default([]),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});

const factBase = {
  id: nonEmpty,
  /** The whole sentence the fact came from, exactly as in the article. */
  sentence: nonEmpty,
  span: SpanSchema,
  extractor: nonEmpty,
  confidence: z.number().min(0).max(1),
  review: z.enum(REVIEW_STATUSES),
  /** Why a person should look at it (pronoun speaker, ambiguous place, ...). */
  reviewReasons: z.array(z.string()).default([]),
};

export const FactSchema = z.discriminatedUnion('kind', [
  z.object({ ...factBase, kind: z.literal('quote'), data: QuoteData }),
  z.object({ ...factBase, kind: z.literal('quantity'), data: QuantityData }),
  z.object({ ...factBase, kind: z.literal('date'), data: DateData }),
  z.object({ ...factBase, kind: z.literal('place'), data: PlaceData }),
]);

const questionBase = {
  id: nonEmpty,
  factId: nonEmpty,
  prompt: nonEmpty,
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
};

/** 2 to 6 options of any count, as teachers' own quiz files have them. */
const choiceOptions = (what: string) =>
  z
    .array(nonEmpty)
    .min(MIN_CHOICE_OPTIONS, `${what} at least ${MIN_CHOICE_OPTIONS} options`)
    .max(MAX_CHOICE_OPTIONS, `${what} at most ${MAX_CHOICE_OPTIONS} options`);

/** 2 to 6 options, one right: who said it, which words, which figure, which place... */
export const ChoiceQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('choice'),
  asks: z.enum(ASKS),
  /** Shown in a seeded order, so the stored order carries no hint. The builder makes four. */
  options: choiceOptions('a choice question has'),
  /** Index into `options` of the right answer; that it names one of them is a cross-check, which knows their count. */
  answer: z.number().int().min(0),
});

/** A statement built from a fact; `prompt` is the statement itself. */
export const TrueFalseQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('truefalse'),
  asks: z.enum(ASKS),
  /** The value the statement asserts (a speaker, a figure, a place...), checked against the fact. */
  claim: nonEmpty,
  answer: z.boolean(),
});

/** How many: the player estimates on a slider or keypad, scored by log error. */
export const EstimateQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('estimate'),
  answer: z
    .object({
      value: z.number().positive().finite(),
      /** The slider's range; wide ranges use a log scale so every order of magnitude gets room. */
      min: z.number().positive().finite(),
      max: z.number().positive().finite(),
      scale: z.enum(['log', 'linear']),
      /** What is counted, in the player's words: "troops". */
      unit: nonEmpty,
    })
    .refine((a) => a.min < a.max && a.value >= a.min && a.value <= a.max, { message: 'value must lie between min and max, and min below max' }),
});

/** When: a year, month or day, at the precision the article gives. */
export const WhenQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('when'),
  answer: z
    .object({
      value: partialDate,
      precision: z.enum(['year', 'month', 'day']),
      minYear: z.number().int(),
      maxYear: z.number().int(),
    })
    .refine((a) => a.value.split('-').length === { year: 1, month: 2, day: 3 }[a.precision], { message: 'value must be written at its precision' })
    .refine((a) => a.minYear < a.maxYear && Number(a.value.slice(0, 4)) >= a.minYear && Number(a.value.slice(0, 4)) <= a.maxYear, {
      message: 'the year must lie between minYear and maxYear',
    }),
});

/** Where: tap the place on a world map (or pick it from a list), scored by distance or by its outline. */
export const WhereQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('where'),
  answer: z.object({
    name: nonEmpty,
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    /** Taps this close count as on the place itself: about the place's own radius (0 for a point). */
    radiusKm: z.number().nonnegative().default(0),
    /** Distance beyond that radius at which credit reaches zero. */
    scaleKm: z.number().positive().default(2000),
    /** Zoom the map to this region when the whole world would make the place too small. */
    focus: z.object({ lat: z.number(), lon: z.number(), spanDeg: z.number().positive().max(360) }).optional(),
    /**
     * The area whose outline scores the answer: "country:" and an ISO 3166-1 alpha-2 code
     * ("country:RU"), or a region's gazetteer id ("region:alaska"). Why: a circle round a
     * country's centre fits no real country (Moscow is 3,600 km from Russia’s centre, New York
     * 2,000 km from that of the United States), so a tap anywhere inside the outline earns full
     * credit and one outside earns by its distance to the border, over scaleKm as above (lat/lon
     * itself counts as inside: a country's centre may lie at sea off a coarse outline).
     * Where the game has no outline for the area (a small island state, a region without a
     * shape), or no area is given, radiusKm round lat/lon scores as before.
     */
    area: z.string().regex(AREA_ID, 'must be "country:" and an ISO alpha-2 code (country:RU), or a region id (region:alaska)').optional(),
  }),
});

export const QuestionSchema = z.discriminatedUnion('type', [
  ChoiceQuestionSchema,
  TrueFalseQuestionSchema,
  EstimateQuestionSchema,
  WhenQuestionSchema,
  WhereQuestionSchema,
]);

export const ArticleSchema = z.object({
  title: nonEmpty,
  /** Null where the article does not say who published it. */
  outlet: z.string().nullable(),
  /** Publication date, null when the article gives none. */
  published: isoDay.nullable(),
  /** The date of the main event the article reports, when it gives one. */
  eventDate: partialDate.nullable(),
  // Web pages only: a javascript: or data: "source" would be a trap for whoever follows it.
  url: z.string().url({ protocol: /^https?$/ }).nullable(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
  licence: nonEmpty,
  /** The article text file beside the bank, that spans index into. */
  textFile: nonEmpty,
});

/** A question's text in one more language; what is left out falls back to the bank's language. */
const QuestionText = z.object({
  prompt: nonEmpty.optional(),
  /** Choice questions: as many options as the original, in its order (a cross-check compares the counts). */
  options: choiceOptions('translated options are').optional(),
  /** Estimate questions: what is counted. */
  unit: nonEmpty.optional(),
  /** Where questions: the place's name. */
  name: nonEmpty.optional(),
});

export const BankTranslationSchema = z.object({
  title: nonEmpty.optional(),
  articleTitle: nonEmpty.optional(),
  questions: z.record(z.string(), QuestionText).default({}),
  /** Source sentences are shown in the article's language, with this translation beside them. */
  facts: z.record(z.string(), z.object({ sentence: nonEmpty })).default({}),
});

export type BankTranslation = z.infer<typeof BankTranslationSchema>;

export const BankSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION, { error: `must be ${SCHEMA_VERSION}: this version of Factsprint reads bank schema version ${SCHEMA_VERSION}` }),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'),
    title: nonEmpty,
    article: ArticleSchema,
    facts: z.array(FactSchema).min(1),
    questions: z.array(QuestionSchema).min(1),
    /** Player-visible text per language code (the bank's own language is the original above). */
    translations: z.record(z.string().regex(/^[a-z]{2,3}$/, 'must be a language code like "ko"'), BankTranslationSchema).default({}),
  })
  .superRefine((bank, ctx) => {
    for (const issue of crossReferenceIssues(bank)) ctx.addIssue({ code: 'custom', ...issue });
  });

export type Bank = z.infer<typeof BankSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type ChoiceQuestion = z.infer<typeof ChoiceQuestionSchema>;
export type TrueFalseQuestion = z.infer<typeof TrueFalseQuestionSchema>;
export type EstimateQuestion = z.infer<typeof EstimateQuestionSchema>;
export type WhenQuestion = z.infer<typeof WhenQuestionSchema>;
export type WhereQuestion = z.infer<typeof WhereQuestionSchema>;
export type Article = z.infer<typeof ArticleSchema>;
