/**
 * A link that names a bank which is not built in: the bank opened on this device earlier, or a
 * bank file on the game's own site (`bankfile=`). Nothing is fetched from any other site; a bank
 * that is nowhere is reported missing, so the student is asked to open the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bank } from '../../src/core/bank/schema';
import { LocalBankStore } from '../../src/services/localBanks';
import { findBank, sameSiteUrl, type FindOptions } from '../../src/services/openedBanks';
import { readParams } from '../../src/services/params';
import { DeviceStorage, MemoryBackend } from '../../src/services/storage';

const bankText = readFileSync(new URL('../fixtures/banks/harbour-lantern-festival.json', import.meta.url), 'utf8');
const bankData = () => JSON.parse(bankText) as Bank;
const PAGE = 'https://school.example/factsprint/index.html?assign=FA1.x';
const ID = 'harbour-lantern-festival';

function setup(files: Record<string, string> = {}) {
  const backend = new MemoryBackend();
  const store = new LocalBankStore(new DeviceStorage(backend));
  const fetched: string[] = [];
  const options = (o: Partial<FindOptions>): FindOptions => ({
    id: ID,
    file: null,
    pageUrl: PAGE,
    now: new Date('2025-11-03T09:00:00.000Z'),
    fetchText: (url) => {
      fetched.push(url);
      return url in files ? Promise.resolve(files[url]!) : Promise.reject(new Error(`${url}: HTTP 404`));
    },
    ...o,
  });
  return { backend, store, fetched, options };
}

describe('sameSiteUrl', () => {
  it.each([
    ['banks/unit-3.json', 'https://school.example/factsprint/banks/unit-3.json'],
    ['/shared/unit-3.json', 'https://school.example/shared/unit-3.json'],
    ['https://school.example/factsprint/unit-3.json', 'https://school.example/factsprint/unit-3.json'],
  ])('takes %s as a file of this site', (raw, url) => {
    expect(sameSiteUrl(raw, PAGE)).toBe(url);
  });

  it.each(['https://elsewhere.example/unit-3.json', '//elsewhere.example/unit-3.json', 'http://school.example/unit-3.json', 'https://school.example:8443/unit-3.json', 'data:application/json,{}', 'javascript:alert(1)', 'https://me:secret@school.example/unit-3.json'])(
    'refuses %s',
    (raw) => {
      expect(sameSiteUrl(raw, PAGE)).toBeNull();
    },
  );
});

describe('findBank', () => {
  it('finds a bank opened on this device earlier, fetching nothing', async () => {
    const s = setup();
    s.store.save(bankData(), '', '2025-11-01T00:00:00.000Z');
    const found = await findBank(s.store, s.options({ file: 'banks/harbour.json', needs: ['q-first-tf'] }));
    expect(found.kind === 'found' && found.bank.title).toBe('Lanterns over Port Ellery');
    expect(s.fetched).toEqual([]);
  });

  it('reports a bank that is neither on the device nor named as a file as missing', async () => {
    const s = setup();
    expect(await findBank(s.store, s.options({}))).toEqual({ kind: 'missing' });
  });

  it('fetches the bank file from this site, and keeps it for the next visit', async () => {
    const s = setup({ 'https://school.example/factsprint/banks/harbour.json': bankText });
    const found = await findBank(s.store, s.options({ file: 'banks/harbour.json' }));
    expect(found.kind === 'found' && found.bank.id).toBe(ID);
    expect(new LocalBankStore(new DeviceStorage(s.backend)).get(ID)?.bank.title).toBe('Lanterns over Port Ellery');
  });

  it('takes whatever bank the file holds when the link names none', async () => {
    const s = setup({ 'https://school.example/factsprint/harbour.json': bankText });
    const found = await findBank(s.store, s.options({ id: null, file: 'harbour.json' }));
    expect(found.kind === 'found' && found.bank.id).toBe(ID);
  });

  it('fetches the file when the device’s copy lacks the assignment’s questions', async () => {
    const s = setup({ 'https://school.example/factsprint/harbour.json': bankText });
    const old = bankData();
    s.store.save({ ...old, questions: old.questions.slice(0, 2) }, '', '2025-10-01T00:00:00.000Z');
    const found = await findBank(s.store, s.options({ file: 'harbour.json', needs: ['q-first-tf'] }));
    expect(found.kind === 'found' && found.bank.questions.length).toBe(4);
    expect(s.fetched).toEqual(['https://school.example/factsprint/harbour.json']);
  });

  it('refuses a bank file on another site without asking for it', async () => {
    const s = setup();
    const found = await findBank(s.store, s.options({ file: 'https://elsewhere.example/harbour.json' }));
    expect(found).toEqual({ kind: 'refused', message: { key: 'bankFile.otherSite' } });
    expect(s.fetched).toEqual([]);
  });

  it('says so when the file cannot be fetched, is damaged, or holds another bank', async () => {
    const s = setup({
      'https://school.example/factsprint/cut.json': bankText.slice(0, 300),
      'https://school.example/factsprint/other.json': JSON.stringify({ ...bankData(), id: 'another-bank', title: 'Another bank' }),
    });
    expect(await findBank(s.store, s.options({ file: 'gone.json' }))).toEqual({ kind: 'refused', message: { key: 'bankFile.fetchFailed', params: { file: 'gone.json' } } });
    expect(await findBank(s.store, s.options({ file: 'cut.json' }))).toEqual({ kind: 'refused', message: { key: 'bankFile.malformed' } });
    expect(await findBank(s.store, s.options({ file: 'other.json' }))).toEqual({ kind: 'refused', message: { key: 'bankFile.wrongBank', params: { got: 'Another bank', want: ID } } });
    // Nothing refused was kept.
    expect(s.store.list()).toEqual([]);
  });
});

describe('the bankfile link parameter', () => {
  it('is read as given, trimmed, and absent when empty', () => {
    expect(readParams('?assign=FA1.x&bankfile=banks%2Funit-3.json').bankfile).toBe('banks/unit-3.json');
    expect(readParams('?bankfile=%20%20').bankfile).toBeNull();
    expect(readParams('?bank=x').bankfile).toBeNull();
  });

  it('is cut to 300 characters', () => {
    expect(readParams(`?bankfile=${'a'.repeat(400)}.json`).bankfile).toHaveLength(300);
  });
});
