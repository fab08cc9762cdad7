import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/core/numbers';

describe('parseQuantity', () => {
  it.each([
    ['13,000 troops', 13_000],
    ['nearly 2,000', 2000],
    ['over two dozen', 24],
    ['80th', 80],
    ['the 80th anniversary', 80],
    ['a dozen', 12],
    ['$1.5 billion', 1.5e9],
    ['2.5 million people', 2.5e6],
    ['1,000,000', 1e6],
    ['about 600', 600],
    ['twenty-five', 25],
    ['a hundred thousand', 100_000],
    ['two thousand five hundred', 2500],
    ['Three Million', 3e6],
    ['zero', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseQuantity(text)).toBe(value);
  });

  it.each([[''], ['no number here'], ['a grand parade'], ['an ally'], ['Beijing'], ['hundreds of soldiers']])('finds no quantity in %j', (text) => {
    expect(parseQuantity(text)).toBeNull();
  });

  it('reads any whole number written with thousands commas', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2_000_000_000 }), (n) => {
        expect(parseQuantity(`${n.toLocaleString('en-US')} troops`)).toBe(n);
      }),
      { numRuns: 100 },
    );
  });

  it('does not read a word that happens to be an Object.prototype key ("constructor") as a number', () => {
    // An article or option may well say "the constructor"; that is no quantity.
    expect(parseQuantity('the constructor')).toBeNull();
    expect(parseQuantity('a constructor')).toBeNull();
    expect(parseQuantity('two constructors')).toBe(2);
  });

  it('returns a finite number or null for any mix of number words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'two', 'dozen', 'over', 'thousand', 'troops', 'and', 'hundred', 'an', 'ten'), { maxLength: 6 }), (words) => {
        const value = parseQuantity(words.join(' '));
        expect(value === null || (typeof value === 'number' && Number.isFinite(value))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('reads the first quantity in the text, in words or digits', () => {
    expect(parseQuantity('two of the 13,000 troops')).toBe(2);
    expect(parseQuantity('13,000 troops, two divisions')).toBe(13000);
    expect(parseQuantity('one hundred and twenty')).toBe(120);
    expect(parseQuantity('three thousand and five')).toBe(3005);
  });
});
