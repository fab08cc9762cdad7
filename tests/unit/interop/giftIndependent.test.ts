/**
 * Our GIFT export read by a GIFT parser we did not write (gift-pegjs, the PEG grammar several
 * Moodle tools use): every exported question comes back with its stem, its options in order,
 * the right one marked, and the source sentence as its general feedback.
 */
import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { toGift } from '../../../src/core/interop';
import type { Bank } from '../../../src/core/bank/schema';
import { realBank } from '../../harness/realBank';
import { bankWith, expected } from './helpers';

interface GiftText {
  text: string;
}
interface GiftQuestion {
  type: string;
  title: string | null;
  stem: GiftText;
  globalFeedback: GiftText | null;
  choices?: { isCorrect: boolean; text: GiftText }[];
  isTrue?: boolean;
}

function readBack(bank: Bank): GiftQuestion[] {
  return parse(toGift(bank).output) as GiftQuestion[];
}

const odd: Bank = bankWith([
  { prompt: 'Which of three is right?', options: ['One', 'Two', 'Three'], answer: 2, feedback: 'Three was right.' },
  { prompt: 'Which of five: {braces}, ~tilde = and #hash?', options: ['A: one', 'B ~ two', 'C = three', 'D # four', 'E {five}'], answer: 3, feedback: 'Four, with # and = in it.' },
  { prompt: 'Is this true?', answer: 1, feedback: 'It was false.' },
]);

describe('GIFT export, read by gift-pegjs', () => {
  for (const [name, bank] of [
    ['the first bank', realBank()],
    ['3 and 5 options, GIFT special characters, true/false', odd],
  ] as const) {
    it(`${name}: every question comes back whole`, () => {
      const back = readBack(bank);
      const exportable = bank.questions.filter((q) => q.type === 'choice' || q.type === 'truefalse');
      expect(back.filter((q) => q.type !== 'Description')).toHaveLength(exportable.length);
      for (const q of exportable) {
        const got = back.find((b) => b.title === q.id);
        expect(got, q.id).toBeDefined();
        const want = expected(bank, q.id);
        expect(got!.stem.text).toBe(want.prompt);
        expect(got!.globalFeedback?.text).toBe(want.feedback);
        if (q.type === 'choice') {
          expect(got!.type).toBe('MC');
          expect(got!.choices!.map((c) => c.text.text)).toEqual(want.options);
          expect(got!.choices!.findIndex((c) => c.isCorrect)).toBe(want.answer);
        } else {
          expect(got!.type).toBe('TF');
          expect(got!.isTrue).toBe(q.answer);
        }
      }
    });
  }
});
