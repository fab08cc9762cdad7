/** Player names in a live game (src/live/names.ts) and the name generator. */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/core/rng';
import { allNames, generateName, NAME_LANGUAGES, nameCount } from '../../src/live/nameGenerator';
import { checkName, isAbusive, NAME_MAX, nameKey } from '../../src/live/names';

describe('a player name', () => {
  it('is trimmed, its inner spaces collapsed, and kept up to 24 characters, emoji and scripts included', () => {
    expect(checkName('  Ana \t María ')).toMatchObject({ ok: false, problem: 'control' });
    expect(checkName('  Ana   María ')).toMatchObject({ ok: true, name: 'Ana María' });
    for (const name of ['Zoë', '김민준', 'Алёша', 'محمد', '王小明', '👩‍🚀 Ada', 'x'.repeat(NAME_MAX)]) expect(checkName(name).ok, name).toBe(true);
    expect(checkName('x'.repeat(NAME_MAX + 1))).toEqual({ ok: false, problem: 'too-long' });
    expect(checkName(' \u3000 ')).toEqual({ ok: false, problem: 'empty' });
  });

  it('refuses control and format characters that hide or reverse text', () => {
    for (const name of ['Bob\u0000', 'Bob\nAlice', 'Bob\u202Eevil', 'A\u2066B', 'Bob\u2028']) expect(checkName(name), JSON.stringify(name)).toEqual({ ok: false, problem: 'control' });
  });

  it('is the same name whatever its case, accents or spacing', () => {
    expect(nameKey('José  Pérez')).toBe(nameKey('jose perez'));
    expect(nameKey('ＡＮＡ')).toBe(nameKey('ana'));
    expect(nameKey('محمّد')).toBe(nameKey('محمد'));
    expect(nameKey('Ana')).not.toBe(nameKey('Anna'));
  });
});

describe('the abuse filter', () => {
  it('catches a listed word in each of the eight languages, disguised or not', () => {
    const bad = ['fuck', 'F.U.C.K', 'c u n t', 'sh1t head', 'Arschloch', 'hijo de puta', 'Connard', 'شرموطة', '씨발', 'мудак', '傻逼', 'big ass'];
    for (const name of bad) expect(isAbusive(name), name).toBe(true);
  });

  it('lets ordinary names through, including those that contain a short listed word', () => {
    const fine = ['Cassandra', 'Constance', 'Dickens', 'Scunthorpe Sam', 'Grape', 'Hitchcock fan', 'Sauer', 'Ana María', '김민준', 'Алёша', '王小明', 'محمد'];
    for (const name of fine) expect(isAbusive(name), name).toBe(false);
  });
});

describe('a generated name', () => {
  it('passes the name rules in every language, for every pair of words', () => {
    expect(NAME_LANGUAGES.sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'ko', 'ru', 'zh']);
    for (const lang of NAME_LANGUAGES) {
      for (const name of allNames(lang)) expect(checkName(name), `${lang}: ${name}`).toMatchObject({ ok: true, name });
    }
  });

  it('is in the player language, repeats with the seed, and avoids names already taken', () => {
    const a = generateName('ko', createRng('s'));
    expect(a).toBe(generateName('ko', createRng('s')));
    expect(allNames('ko')).toContain(a);
    const taken = new Set(allNames('en').map(nameKey));
    const numbered = generateName('en', createRng('x'), taken);
    expect(numbered).toMatch(/ 2$/);
    expect(checkName(numbered).ok).toBe(true);
    expect(nameCount('en')).toBe(allNames('en').length);
    // An unknown language falls back to English words.
    expect(allNames('en')).toContain(generateName('pt', createRng('s')));
  });
});
