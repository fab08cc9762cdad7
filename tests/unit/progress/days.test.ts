import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_DAY, MIN_DAY, dayNumber, isoDay, parseIsoDay } from '../../../src/core/progress/days';

describe('day numbers', () => {
  it('count days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2026-11-24') - dayNumber('2026-11-23')).toBe(1);
    expect(isoDay(0)).toBe('1970-01-01');
  });

  it('step over month ends, year ends and leap days one day at a time', () => {
    expect(isoDay(dayNumber('2026-01-31') + 1)).toBe('2026-02-01');
    expect(isoDay(dayNumber('2026-12-31') + 1)).toBe('2027-01-01');
    expect(isoDay(dayNumber('2028-02-28') + 1)).toBe('2028-02-29');
    expect(isoDay(dayNumber('2027-02-28') + 1)).toBe('2027-03-01');
    expect(isoDay(dayNumber('2100-02-28') + 1)).toBe('2100-03-01');
    expect(isoDay(dayNumber('2000-02-28') + 1)).toBe('2000-02-29');
  });

  it('refuse dates that are not on the calendar instead of rolling them over', () => {
    for (const bad of ['2026-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2100-02-29']) {
      expect(parseIsoDay(bad)).toBeNull();
      expect(() => dayNumber(bad)).toThrow(RangeError);
    }
  });

  it('refuse anything not written YYYY-MM-DD', () => {
    for (const bad of ['', '2026-1-5', '26-01-05', '24/11/2026', '2026-11-24T00:00:00Z', ' 2026-11-24', '2026-11-24 ', 'today', '+02026-11-24']) {
      expect(() => dayNumber(bad)).toThrow(RangeError);
    }
  });

  it('refuse to write a day that is not a whole number in range', () => {
    for (const bad of [0.5, NaN, Infinity, -Infinity, MAX_DAY + 1, MIN_DAY - 1]) expect(() => isoDay(bad)).toThrow(RangeError);
  });

  it('keep years before 100 as written (Date.UTC alone would read them as 19xx)', () => {
    expect(isoDay(dayNumber('0099-12-31') + 1)).toBe('0100-01-01');
    expect(isoDay(dayNumber('0001-03-01'))).toBe('0001-03-01');
    expect(isoDay(MIN_DAY)).toBe('0000-01-01');
    expect(isoDay(MAX_DAY)).toBe('9999-12-31');
  });

  it('round-trip: isoDay(dayNumber(d)) === d for any real date', () => {
    const dates = fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(dates, (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(isoDay(dayNumber(iso))).toBe(iso);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trip: dayNumber(isoDay(n)) === n for any day in range', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY }), (n) => {
        expect(dayNumber(isoDay(n))).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  describe('in any time zone', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    it('give the same answers on a device far east or far west, across a DST change', () => {
      const sample = ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01', '2028-02-29', '1969-12-31'];
      const results = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/London', 'Australia/Lord_Howe'].map((tz) => {
        process.env.TZ = tz;
        return sample.map((iso) => [dayNumber(iso), isoDay(dayNumber(iso))]);
      });
      for (const r of results) expect(r).toEqual(results[0]);
    });
  });
});
