/**
 * The one pipeline from a link or a choice to a playable bank (src/services/bankLoading.ts), with
 * each source faked at its edge: what the player ends up with (a bank in their language, the
 * message that says why not, or the request for an assignment's bank file) and which bank the
 * menu then shows.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bank } from '../../../src/core/bank/schema';
import type { Assignment } from '../../../src/core/codes/assignment';
import type { PreloadData } from '../../../src/game/routes';
import { loadBank, type BankLoadingDeps, type LoadedBank } from '../../../src/services/bankLoading';
import type { LocalBankStore } from '../../../src/services/localBanks';
import type { FoundBank } from '../../../src/services/openedBanks';
import { realBank, realBankJson } from '../../harness/realBank';

const bank = realBank();
const BUILT_IN = bank.id;

function deps(o: { lang?: BankLoadingDeps['i18n']['language']; local?: Record<string, Bank>; file?: FoundBank; store?: 'fails'; download?: 'fails' } = {}) {
  const shelf: string[] = [];
  const progress: number[] = [];
  const d: BankLoadingDeps = {
    i18n: { language: o.lang ?? 'en', t: ((key: string, params?: Record<string, unknown>) => `${key}${params ? ` ${JSON.stringify(params)}` : ''}`) as BankLoadingDeps['i18n']['t'] },
    builtIn: {
      has: (id) => id === BUILT_IN,
      load: async () => {
        if (o.download === 'fails') throw new Error('offline');
        return { checked: false, text: JSON.stringify(realBankJson()) };
      },
      cached: () => null,
    },
    localBanks: async () => {
      if (o.store === 'fails') throw new Error('no storage code');
      return { get: (id: string) => (o.local?.[id] ? { bank: o.local[id]!, article: '' } : null) } as unknown as LocalBankStore;
    },
    bankFiles: { find: async () => o.file ?? { kind: 'missing' } },
    bankShelf: { playing: (c) => shelf.push(c) },
  };
  return { d, shelf, progress, load: (req: PreloadData) => loadBank(req, d, (p) => progress.push(p)) };
}

// A refused bank's problems go to the console for the teacher; not this test's output.
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

const title = (l: LoadedBank) => (l.kind === 'ready' ? l.playable.bank.title : null);
const assignment: Assignment = { title: 'Quiz', bankId: 'someone-elses', bank: null, questionIds: ['q1'], seed: 's1', mode: 'classic', timeLimitS: 20, extraTime: {}, lang: null, due: null };

describe('loading a bank', () => {
  it('a built-in bank: downloaded with its progress shown, checked, and the one the menu shows', async () => {
    const t = deps();
    const loaded = await t.load({ bankId: BUILT_IN });
    expect(title(loaded)).toBe(bank.title);
    expect(t.progress).toEqual([0.1, 1]);
    expect(t.shelf).toEqual([BUILT_IN]);
  });

  it('a bank built on this device, by its local: id', async () => {
    const t = deps({ local: { mine: bank } });
    expect(title(await t.load({ bankId: 'local:mine' }))).toBe(bank.title);
    expect(t.shelf).toEqual(['local:mine']);
  });

  it('a bank file found on the device or the site is chosen under its own id', async () => {
    const t = deps({ file: { kind: 'found', bank } });
    expect(title(await t.load({ bankId: '', bankFile: 'banks/mine.json' }))).toBe(bank.title);
    expect(t.shelf).toEqual([`local:${bank.id}`]);
  });

  it('a bank inside an assignment link is checked like any other', async () => {
    const broken = { ...realBankJson(), title: 42 } as unknown as Bank;
    const t = deps();
    const loaded = await t.load({ bankId: bank.id, inlineBank: broken });
    expect(loaded).toMatchObject({ kind: 'refused', message: expect.stringMatching(/^errors\.bankInvalid .*"count":1/) });
    expect(t.shelf).toEqual([]);
  });

  it('in the player language: the questions come translated, the bank as written kept beside them', async () => {
    const loaded = await deps({ lang: 'es' }).load({ bankId: BUILT_IN });
    if (loaded.kind !== 'ready') throw new Error(loaded.kind);
    const first = bank.questions[0]!;
    expect(loaded.playable.bank.questions[0]!.prompt).toBe(bank.translations.es!.questions[first.id]!.prompt);
    expect(loaded.playable.bank.questions[0]!.prompt).not.toBe(first.prompt);
    expect(loaded.playable.source?.questions[0]!.prompt).toBe(first.prompt);
  });
});

describe('what the player is told instead', () => {
  it('an unknown device bank names its id', async () => {
    expect(await deps().load({ bankId: 'local:gone' })).toEqual({ kind: 'refused', message: 'errors.bankUnknown {"id":"local:gone"}' });
  });

  it('a download or storage that fails is "could not be loaded", never a rejection', async () => {
    expect(await deps({ download: 'fails' }).load({ bankId: BUILT_IN })).toEqual({ kind: 'refused', message: `errors.bankLoad {"id":"${BUILT_IN}"}` });
    expect(await deps({ store: 'fails' }).load({ bankId: 'local:mine' })).toEqual({ kind: 'refused', message: 'errors.bankLoad {"id":"local:mine"}' });
  });

  it('a refused bank file gives the file check message', async () => {
    const t = deps({ file: { kind: 'refused', message: { key: 'bankFile.notJson', params: { name: 'x.json' } } as unknown as Extract<FoundBank, { kind: 'refused' }>['message'] } });
    expect(await t.load({ bankId: '', bankFile: 'x.json' })).toEqual({ kind: 'refused', message: 'bankFile.notJson {"name":"x.json"}' });
  });

  it('an assignment whose bank is not here asks for its file; a plain link names the bank it could not find', async () => {
    expect(await deps().load({ bankId: 'someone-elses', assignment: { id: 'asg1abcd', assignment } })).toEqual({ kind: 'needsFile' });
    expect(await deps().load({ bankId: 'someone-elses' })).toEqual({ kind: 'refused', message: 'errors.bankUnknown {"id":"someone-elses"}' });
  });
});
