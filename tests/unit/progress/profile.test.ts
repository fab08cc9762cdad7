import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECENT_LIMIT, bestFor, emptyProfile, parseProfile, recordRound, type Profile, type RoundRecord } from '../../../src/core/progress/profile';
import { MODES } from '../../../src/core/settings';
import { deepFreeze } from './freeze';

let clock = 0;
/** A round finished a minute after the one before, unless told otherwise. */
function round(points: number, over: Partial<RoundRecord> = {}): RoundRecord {
  clock++;
  return { bankId: 'nk-troops', mode: 'classic', points, correct: 5, asked: 10, at: new Date(Date.UTC(2026, 10, 24, 12, clock)).toISOString(), seed: `s${clock}`, ...over };
}
const recordAll = (rounds: RoundRecord[], from: Profile = emptyProfile()): Profile => rounds.reduce((p, r) => recordRound(p, r).profile, from);

describe('best score', () => {
  it('the first round on a bank is its best', () => {
    const r = round(4200);
    const out = recordRound(emptyProfile(), r);
    expect(out).toMatchObject({ newBest: true, previousBest: null });
    expect(bestFor(out.profile, 'nk-troops', 'classic')).toEqual(r);
  });

  it('changes only when a round scores more', () => {
    const first = round(4200);
    let p = recordAll([first]);
    const worse = recordRound(p, round(3000));
    expect(worse.newBest).toBe(false);
    expect(bestFor(worse.profile, 'nk-troops', 'classic')).toEqual(first);

    p = worse.profile;
    const better = round(5000);
    const out = recordRound(p, better);
    expect(out).toMatchObject({ newBest: true, previousBest: first });
    expect(bestFor(out.profile, 'nk-troops', 'classic')).toEqual(better);
  });

  it('on equal points the more accurate round wins; a full tie keeps the earlier one', () => {
    const first = round(4000, { correct: 5 });
    let p = recordAll([first]);
    const tie = recordRound(p, round(4000, { correct: 5 }));
    expect(tie.newBest).toBe(false);
    expect(bestFor(tie.profile, 'nk-troops', 'classic')).toEqual(first);
    const lessAccurate = recordRound(p, round(4000, { correct: 4 }));
    expect(lessAccurate.newBest).toBe(false);

    const moreAccurate = round(4000, { correct: 7 });
    p = recordRound(p, moreAccurate).profile;
    expect(bestFor(p, 'nk-troops', 'classic')).toEqual(moreAccurate);
  });

  it('keeps a best per bank and per mode', () => {
    const p = recordAll([round(5000), round(900, { mode: 'accuracy' }), round(300, { bankId: 'other-bank' })]);
    expect(bestFor(p, 'nk-troops', 'classic')?.points).toBe(5000);
    expect(bestFor(p, 'nk-troops', 'accuracy')?.points).toBe(900);
    expect(bestFor(p, 'other-bank', 'classic')?.points).toBe(300);
    expect(bestFor(p, 'other-bank', 'practice')).toBeNull();
    expect(bestFor(p, 'constructor', 'classic')).toBeNull();
    expect(Object.keys(p.best).sort()).toEqual(['nk-troops|accuracy', 'nk-troops|classic', 'other-bank|classic']);
  });

  it('a round that asked nothing is not recorded', () => {
    const p = recordAll([round(100)]);
    const out = recordRound(p, round(0, { correct: 0, asked: 0, bankId: 'new-bank' }));
    expect(out.newBest).toBe(false);
    expect(out.profile).toEqual(p);
  });
});

describe('recent rounds', () => {
  it('lists the newest first and keeps only the last 20', () => {
    const rounds = Array.from({ length: 25 }, (_, i) => round(i * 10));
    const p = recordAll(rounds);
    expect(p.recent).toHaveLength(RECENT_LIMIT);
    expect(p.recent.map((r) => r.points)).toEqual(rounds.slice(5).reverse().map((r) => r.points));
    expect(p.recent[0]).toEqual(rounds[24]);
  });

  it('lists rounds in the order they were played, even if the device clock went back', () => {
    const late = round(1, { at: '2026-11-24T12:00:00.000Z' });
    const early = round(2, { at: '2026-11-23T12:00:00.000Z' });
    expect(recordAll([late, early]).recent).toEqual([early, late]);
  });

  it('never changes the profile it is given', () => {
    const before = deepFreeze(recordAll([round(100), round(50)]));
    const copy = structuredClone(before);
    recordRound(before, round(9000));
    recordRound(before, round(10));
    expect(before).toEqual(copy);
  });
});

describe('parseProfile', () => {
  it('reads back what was saved', () => {
    const p = recordAll([round(100), round(300, { mode: 'practice' }), round(200)]);
    expect(parseProfile(JSON.parse(JSON.stringify(p)))).toEqual(p);
  });

  it('gives null for anything that is not a version 1 record', () => {
    for (const bad of [null, undefined, 42, 'profile', [], [emptyProfile()], {}, { ...emptyProfile(), version: 2 }, { ...emptyProfile(), version: '1' }]) {
      expect(parseProfile(bad)).toBeNull();
    }
  });

  it('drops malformed rounds and keeps the rest', () => {
    const good = round(500);
    const bad: unknown[] = [
      null,
      42,
      'round',
      [good],
      { ...good, mode: 'speedrun' },
      { ...good, bankId: '' },
      { ...good, bankId: 7 },
      { ...good, points: -5 },
      { ...good, points: NaN },
      { ...good, points: '500' },
      { ...good, correct: 11 },
      { ...good, correct: -1 },
      { ...good, asked: 0, correct: 0 },
      { ...good, asked: 2.5 },
      { ...good, at: 'yesterday' },
      { ...good, at: 12 },
      { ...good, seed: null },
      (({ seed: _seed, ...rest }) => rest)(good),
    ];
    const parsed = parseProfile({ version: 1, best: Object.fromEntries([[`nk-troops|classic`, good], ...bad.map((b, i) => [`x${i}|classic`, b])]), recent: [good, ...bad, good] });
    expect(parsed).toEqual({ version: 1, best: { 'nk-troops|classic': good }, recent: [good, good] });
  });

  it('files a best under its own bank and mode, whatever key it was stored under', () => {
    const a = round(500, { mode: 'accuracy' });
    const b = round(700, { mode: 'accuracy' });
    const parsed = parseProfile({ version: 1, best: { 'wrong|key': a, other: b, ['__proto__']: a }, recent: [] });
    expect(parsed).toEqual({ version: 1, best: { 'nk-troops|accuracy': b }, recent: [] });
  });

  it('falls back to empty lists when the lists themselves are broken', () => {
    expect(parseProfile({ version: 1 })).toEqual(emptyProfile());
    const p = recordAll([round(100)]);
    expect(parseProfile({ ...p, best: [] })).toEqual({ ...p, best: {} });
    expect(parseProfile({ ...p, recent: { 0: p.recent[0] } })).toEqual({ ...p, recent: [] });
  });

  it('keeps the 20 newest of a longer stored list', () => {
    const rounds = Array.from({ length: 30 }, (_, i) => round(i));
    expect(parseProfile({ version: 1, best: {}, recent: rounds })!.recent).toEqual(rounds.slice(0, RECENT_LIMIT));
  });
});

describe('properties', () => {
  const rounds = fc.array(
    fc.record({
      bankId: fc.constantFrom('a', 'b'),
      mode: fc.constantFrom(...MODES),
      points: fc.nat(10),
      asked: fc.integer({ min: 1, max: 4 }),
      correct: fc.nat(4),
      seed: fc.string({ maxLength: 4 }),
    }).map((r): RoundRecord => ({ ...r, correct: Math.min(r.correct, r.asked), at: '2026-11-24T12:00:00.000Z' })),
    { maxLength: 50 },
  );

  it('the best is one of the rounds played, no round played beats it, and recent is the last 20 newest first', () => {
    fc.assert(
      fc.property(rounds, (played) => {
        const p = recordAll(played);
        for (const r of played) {
          const best = bestFor(p, r.bankId, r.mode)!;
          expect(played).toContainEqual(best);
          const acc = (x: RoundRecord) => x.correct / x.asked;
          expect(r.points < best.points || (r.points === best.points && acc(r) <= acc(best))).toBe(true);
        }
        expect(p.recent).toEqual(played.slice(-RECENT_LIMIT).reverse());
        expect(parseProfile(JSON.parse(JSON.stringify(p)))).toEqual(p);
      }),
      { numRuns: 200 },
    );
  });
});
