/**
 * "Open a bank file" in the game: a good bank file is kept on the device and joins the bank
 * choice; a damaged, too large or wrong file is refused with the message the player reads, and
 * nothing on the device changes; a device that will not keep the bank still plays it this visit;
 * opening the same bank again replaces it; an opened bank can be removed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bank } from '../../src/core/bank/schema';
import en from '../../src/locales/en.json';
import { MAX_BANK_FILE_BYTES, type BankFileLike } from '../../src/services/bankFileCheck';
import { BankFiles, type FilePicker } from '../../src/services/bankFiles';
import { BankShelf } from '../../src/services/bankShelf';
import { DEFAULT_BANK_ID } from '../../src/core/bank/constants';
import { LocalBankStore } from '../../src/services/localBanks';
import { openBankFile } from '../../src/services/openedBanks';
import { DeviceStorage, MemoryBackend } from '../../src/services/storage';

const FIXTURE = new URL('../fixtures/banks/harbour-lantern-festival.json', import.meta.url);
const bankText = readFileSync(FIXTURE, 'utf8');
const bankData = () => JSON.parse(bankText) as Bank;
const NOW = new Date('2025-11-03T09:00:00.000Z');

const file = (content: string | Uint8Array, name = 'harbour-lantern-festival.json') => new File([content as BlobPart], name, { type: 'application/json' });

/** The English the player would read for a message key. */
function english(key: string, params: Record<string, unknown> = {}): string {
  const [section, name] = key.split('.') as [keyof typeof en, string];
  const template = (en[section] as Record<string, string>)[name];
  if (template === undefined) throw new Error(`no English text for ${key}`);
  return template.replace(/\{\{(\w+)\}\}/g, (_, p: string) => String(params[p]));
}

function device(backend: MemoryBackend | null = new MemoryBackend()) {
  const storage = new DeviceStorage(backend);
  return { backend, storage, store: new LocalBankStore(storage) };
}

describe('opening a bank file', () => {
  it('keeps a good bank on the device, for this visit and the next', async () => {
    const { backend, store } = device();
    const outcome = await openBankFile(file(bankText), store, NOW);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.kept).toBe(true);
    expect(outcome.replaced).toBe(false);
    expect(english(outcome.note.key, outcome.note.params)).toBe('Opened “Lanterns over Port Ellery”. It is kept on this device.');
    // A later visit: a new store over the same device storage.
    const later = new LocalBankStore(new DeviceStorage(backend));
    expect(later.get('harbour-lantern-festival')?.bank.questions.map((q) => q.id)).toEqual(['q-quint-speaker', 'q-visitors-choice', 'q-first-tf', 'q-quint-tf']);
    expect(later.list().map((b) => [b.id, b.title, b.questions])).toEqual([['harbour-lantern-festival', 'Lanterns over Port Ellery', 4]]);
  });

  it('shows an opened bank in the game’s bank choice, after the built-in one', async () => {
    const { storage, store } = device();
    await openBankFile(file(bankText), store, NOW);
    const shelf = new BankShelf(storage, () => [DEFAULT_BANK_ID], () => undefined, DEFAULT_BANK_ID);
    expect(shelf.options('Kim and Putin in Beijing')).toEqual([
      { value: DEFAULT_BANK_ID, label: 'Kim and Putin in Beijing' },
      { value: 'local:harbour-lantern-festival', label: 'Lanterns over Port Ellery' },
    ]);
  });

  it.each([
    ['cut short', bankText.slice(0, 400), 'bankFile.malformed'],
    ['a result code', 'FR1.eJwrSS0uUTA0MjY2AgAQ7wKa', 'bankFile.wrongKind'],
    ['a CSV export', 'Question,Answer 1,Answer 2\nWho spoke?,Mara,Owen\n', 'bankFile.wrongKind'],
    ['JSON that is not a bank', '{"name": "factsprint", "version": "1.0.0"}', 'bankFile.wrongKind'],
    ['a bank from a newer Factsprint', JSON.stringify({ ...bankData(), schemaVersion: 2 }), 'bankFile.newer'],
  ])('refuses a file that is %s with its own message, and changes nothing', async (_, content, key) => {
    const { store } = device();
    const mine = { ...bankData(), id: 'already-here', title: 'Already here' };
    store.save(mine, 'text', '2025-10-01T00:00:00.000Z');
    const outcome = await openBankFile(file(content), store, NOW);
    expect(outcome).toEqual({ ok: false, problem: { key } });
    expect(store.list().map((b) => b.id)).toEqual(['already-here']);
  });

  it('refuses a zipped file (an export for another tool) as the wrong kind', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);
    const outcome = await openBankFile(file(zip, 'harbour.qti.zip'), device().store, NOW);
    expect(outcome).toEqual({ ok: false, problem: { key: 'bankFile.wrongKind' } });
  });

  it('says where a bank breaks the schema', async () => {
    const broken = bankData();
    (broken.questions[0] as { options: string[] }).options = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    const outcome = await openBankFile(file(JSON.stringify(broken)), device().store, NOW);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem.key).toBe('bankFile.invalid');
    expect(english(outcome.problem.key, outcome.problem.params)).toMatch(/^This bank file has problems .*\(problems found: 1\)\. First problem: harbour-lantern-festival\.json \$\.questions\[0\]\.options: a choice question has at most 6 options$/);
  });

  it('refuses a bank with no approved questions', async () => {
    const draft = { ...bankData(), facts: bankData().facts.map((f) => ({ ...f, review: 'needs_review' })) };
    const outcome = await openBankFile(file(JSON.stringify(draft)), device().store, NOW);
    expect(outcome.ok || english(outcome.problem.key, outcome.problem.params)).toBe('The bank “Lanterns over Port Ellery” has no approved questions yet.');
  });

  it('refuses a file too large to be a bank without reading it', async () => {
    let read = false;
    const huge: BankFileLike = {
      name: 'lecture.json',
      size: MAX_BANK_FILE_BYTES + 1,
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    };
    const outcome = await openBankFile(huge, device().store, NOW);
    expect(outcome.ok || english(outcome.problem.key, outcome.problem.params)).toBe('This file is too large to be a question bank (the limit is 2 MB).');
    expect(read).toBe(false);
  });

  it.each([
    ['full', new MemoryBackend(2000)],
    ['off', null],
  ])('still plays the bank this visit when storage is %s, and says it will not be kept', async (_, backend) => {
    const { store } = device(backend);
    const outcome = await openBankFile(file(bankText), store, NOW);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.kept).toBe(false);
    expect(english(outcome.note.key, outcome.note.params)).toMatch(/^Opened “Lanterns over Port Ellery”, but this device won't keep it/);
    // Playable now...
    expect(store.get('harbour-lantern-festival')?.bank.title).toBe('Lanterns over Port Ellery');
    // ...but not on the next visit.
    if (backend) expect(new LocalBankStore(new DeviceStorage(backend)).get('harbour-lantern-festival')).toBeNull();
  });

  it('replaces a bank opened again instead of keeping two', async () => {
    const { store } = device();
    await openBankFile(file(bankText), store, NOW);
    const updated = { ...bankData(), title: 'Lanterns over Port Ellery (corrected)' };
    const outcome = await openBankFile(file(JSON.stringify(updated)), store, new Date('2025-11-04T09:00:00.000Z'));
    expect(outcome.ok && outcome.replaced).toBe(true);
    expect(outcome.ok && english(outcome.note.key, outcome.note.params)).toBe('Updated “Lanterns over Port Ellery (corrected)” from the file.');
    expect(store.list().map((b) => b.title)).toEqual(['Lanterns over Port Ellery (corrected)']);
  });

  it('keeps the article text of a bank built on this device when its file is opened', async () => {
    const { store } = device();
    store.save(bankData(), 'The Harbour Lantern Festival returned…', '2025-10-01T00:00:00.000Z');
    await openBankFile(file(bankText), store, NOW);
    expect(store.get('harbour-lantern-festival')?.article).toBe('The Harbour Lantern Festival returned…');
  });
});

describe('the game’s bank file actions', () => {
  function game(backend: MemoryBackend | null = new MemoryBackend()) {
    const { storage, store } = device(backend);
    const links: string[] = [];
    let listener: ((f: BankFileLike) => void) | null = null;
    let chooserOpened = 0;
    const picker: FilePicker = {
      choose: () => chooserOpened++,
      onFile: (l) => {
        listener = l;
        return () => (listener = null);
      },
    };
    const shelf = new BankShelf(storage, () => [DEFAULT_BANK_ID], (c) => links.push(c), DEFAULT_BANK_ID);
    const files = new BankFiles({ picker, shelf, store: () => Promise.resolve(store), now: () => NOW, pageUrl: () => 'https://school.example/factsprint/', fetchText: () => Promise.reject(new Error('no network in this test')) });
    return { files, shelf, store, links, drop: (f: BankFileLike) => listener?.(f), chooserOpened: () => chooserOpened };
  }

  it('opens a chosen file into the bank choice: played next, named in the link, with a note for the menu', async () => {
    const g = game();
    g.files.choose();
    expect(g.chooserOpened()).toBe(1);
    const opened = await g.files.openToPlay(file(bankText));
    expect(opened).toEqual({ ok: true, play: 'local:harbour-lantern-festival' });
    expect(g.shelf.current).toBe('local:harbour-lantern-festival');
    expect(g.links).toEqual(['local:harbour-lantern-festival']);
    const note = g.shelf.takeNote();
    expect(note && english(note.key, note.params)).toBe('Opened “Lanterns over Port Ellery”. It is kept on this device.');
    // Said once.
    expect(g.shelf.takeNote()).toBeNull();
  });

  it('leaves the bank being played alone when a file is refused', async () => {
    const g = game();
    const opened = await g.files.openToPlay(file('{"schemaVersion": 1, "questions": ['));
    expect(opened).toEqual({ ok: false, problem: { key: 'bankFile.malformed' } });
    expect(g.shelf.current).toBe(DEFAULT_BANK_ID);
    expect(g.links).toEqual([]);
  });

  it('hands dropped files to the screen that listens, and to no one once it stops', async () => {
    const g = game();
    const got: string[] = [];
    const stop = g.files.onFile((f) => got.push(f.name));
    g.drop(file(bankText, 'first.json'));
    stop();
    g.drop(file(bankText, 'second.json'));
    expect(got).toEqual(['first.json']);
  });

  it('removes the opened bank being played and goes back to the built-in bank', async () => {
    const g = game();
    await g.files.openToPlay(file(bankText));
    g.shelf.takeNote();
    expect(await g.files.removeCurrent()).toBe(DEFAULT_BANK_ID);
    expect(g.store.get('harbour-lantern-festival')).toBeNull();
    expect(g.shelf.deviceBanks()).toEqual([]);
    expect(g.shelf.current).toBe(DEFAULT_BANK_ID);
    const note = g.shelf.takeNote();
    expect(note && english(note.key, note.params)).toBe('Removed “Lanterns over Port Ellery” from this device.');
  });
});
