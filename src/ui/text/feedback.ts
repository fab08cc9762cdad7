/**
 * What feedback says after an answer, for every question type: the verdict, the right answer,
 * what the player answered and how far off it was. Plain strings, so the canvas, the live region
 * and the tests all read the same words.
 */
import type { Bank } from '../../core/bank/schema';
import type { AnswerRecord } from '../../core/round';
import type { RoundQuestion } from '../../core/select';
import type { I18n } from '../../services/i18n';
import { formatPartialDate } from './dates';

export interface FeedbackText {
  verdict: string;
  tone: 'right' | 'partial' | 'wrong';
  gained: string;
  lines: string[];
  /** The one line of `lines` that gives the right answer: what the live region says after the verdict. */
  right: string;
}

/** The right answer, in words, for any question type. */
export function rightAnswerText(rq: RoundQuestion, i18n: I18n): string {
  const q = rq.question;
  switch (q.type) {
    case 'choice':
      return q.options[q.answer]!;
    case 'truefalse':
      return i18n.t(q.answer ? 'round.true' : 'round.false');
    case 'estimate':
      return `${i18n.number(q.answer.value)} ${q.answer.unit}`;
    case 'when':
      return formatPartialDate(q.answer.value, i18n);
    case 'where':
      return q.answer.name;
  }
}

const percent = (n: number) => Math.round(n * 100);

/** How far off a date was, early or late, in the question's own unit. */
const OFF_KEYS = {
  year: ['round.earlyYears', 'round.lateYears'],
  month: ['round.earlyMonths', 'round.lateMonths'],
  day: ['round.earlyDays', 'round.lateDays'],
} as const;

/** The line naming the right answer, in each question type's own words. */
function rightLine(rq: RoundQuestion, i18n: I18n): string {
  const { t, number } = i18n;
  const q = rq.question;
  switch (q.type) {
    case 'choice':
      return t('round.rightAnswer', { answer: q.options[q.answer]! });
    case 'truefalse':
      return t('round.theStatement', { answer: t(q.answer ? 'round.true' : 'round.false').toLowerCase() });
    case 'estimate':
      return t('round.theFigure', { value: number(q.answer.value), unit: q.answer.unit });
    case 'when':
      return t('round.theDate', { date: formatPartialDate(q.answer.value, i18n) });
    case 'where':
      return t('round.thePlace', { name: q.answer.name });
  }
}

export function feedbackText(rq: RoundQuestion, a: AnswerRecord, i18n: I18n, showPoints: boolean): FeedbackText {
  const { t, number } = i18n;
  const q = rq.question;
  const tone = a.correct ? 'right' : a.credit > 0 ? 'partial' : 'wrong';
  const verdict = t(a.correct ? 'round.correct' : a.timedOut ? 'round.timeout' : 'round.wrong');
  const gained = !showPoints
    ? t('round.credit', { percent: percent(a.credit) })
    : a.streakBonus > 0
      ? t('round.gainedStreak', { points: number(a.points), bonus: number(a.streakBonus) })
      : t('round.gained', { points: number(a.points) });
  const lines: string[] = [];
  const right = rightLine(rq, i18n);
  const r = a.response;
  switch (q.type) {
    case 'choice':
      if (r?.kind === 'choice' && !a.correct) lines.push(t('round.yourAnswer', { answer: q.options[rq.order[r.place]!]! }));
      lines.push(right);
      break;
    case 'truefalse':
      lines.push(right);
      break;
    case 'estimate':
      lines.push(right);
      if (r?.kind === 'number') {
        const ratio = r.value / q.answer.value;
        const off = Math.abs(ratio - 1) < 0.005 ? t('round.spotOn') : ratio > 1 ? t('round.tooHigh', { percent: number(percent(ratio - 1)) }) : t('round.tooLow', { percent: number(percent(1 - ratio)) });
        lines.push(t('round.yourGuess', { value: number(r.value), off }));
      }
      break;
    case 'when': {
      lines.push(right);
      const off = a.judgement?.offBy;
      if (r?.kind === 'date' && off !== undefined) {
        const key = OFF_KEYS[q.answer.precision][off < 0 ? 0 : 1];
        const offText = off === 0 ? t('round.spotOn') : t(key, { count: Math.abs(off) });
        lines.push(t('round.yourDate', { date: formatPartialDate(r.value, i18n), off: offText }));
      }
      break;
    }
    case 'where':
      lines.push(right);
      if (r?.kind === 'point' && a.judgement?.distanceKm !== undefined) {
        const place = r.label ?? `${r.lat.toFixed(1)}°, ${r.lon.toFixed(1)}°`;
        // A place scored by its outline: inside it, or how far from its border (not its centre).
        if (a.judgement.inArea) lines.push(t('round.yourPlaceInside', { place }));
        else lines.push(t('round.yourPlace', { place, km: number(Math.round(a.judgement.distanceKm)) }));
      }
      break;
  }
  return { verdict, tone, gained, lines, right };
}

/** The article's title, outlet and date, for the source line. */
export function citation(bank: Bank, i18n: I18n): string {
  const a = bank.article;
  const when = a.published ?? a.eventDate;
  return [a.title, a.outlet, when ? formatPartialDate(when, i18n) : null].filter(Boolean).join(', ');
}
