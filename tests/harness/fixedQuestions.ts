import type { Question } from '../../src/core/bank/schema';
import type { RoundQuestion } from '../../src/core/select';

/** Hand-made questions whose right answer is always shown in place `correctPlace`. */
export function fixedQuestions(n: number, correctPlace = 1): RoundQuestion[] {
  return Array.from({ length: n }, (_, i) => {
    const question: Question = {
      id: `q${i}`,
      type: 'choice',
      factId: `f${i}`,
      asks: 'value',
      prompt: `Question ${i}?`,
      options: ['one', 'two', 'three', 'four'],
      answer: 2,
      difficulty: 1,
    };
    // Place `correctPlace` shows option 2, the right one.
    const order = [0, 1, 3];
    order.splice(correctPlace, 0, 2);
    return { question, kind: 'quantity', order, correctPlace };
  });
}
