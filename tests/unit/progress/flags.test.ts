/** The device's record of questions marked as looking wrong (src/core/progress/flags.ts). */
import { describe, expect, it } from 'vitest';
import { emptyFlags, MAX_FLAGS, parseFlags, recordFlags } from '../../../src/core/progress/flags';

describe('marks kept on the device', () => {
  it('keeps a marked answer, clears it when asked again unmarked, and hands back the same record when nothing changed', () => {
    const marked = recordFlags(emptyFlags(), 'bank', [{ questionId: 'q1', flagged: true }, { questionId: 'q2' }]);
    expect(marked.keys).toEqual(['bank/q1']);
    // A round that marks nothing new: the same record, so nothing is written.
    expect(recordFlags(marked, 'bank', [{ questionId: 'q2' }])).toBe(marked);
    expect(recordFlags(marked, 'bank', [{ questionId: 'q1', flagged: true }])).toBe(marked);
    expect(recordFlags(marked, 'bank', [{ questionId: 'q1' }]).keys).toEqual([]);
  });

  it('reads back what it wrote, drops what is not a card key, and keeps the newest marks within its bound', () => {
    expect(parseFlags({ version: 1, keys: ['bank/q1', 42, 'nokey', 'bank/q1'] })).toEqual({ version: 1, keys: ['bank/q1'] });
    expect(parseFlags({ version: 2, keys: [] })).toBeNull();
    const many = Array.from({ length: MAX_FLAGS + 5 }, (_, i) => ({ questionId: `q${i}`, flagged: true }));
    const kept = recordFlags(emptyFlags(), 'bank', many).keys;
    expect(kept).toHaveLength(MAX_FLAGS);
    expect(kept[kept.length - 1]).toBe(`bank/q${MAX_FLAGS + 4}`);
  });
});
