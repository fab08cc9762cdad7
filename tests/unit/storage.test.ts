/**
 * Versioned storage on the device: migrations from every earlier version, and data that is
 * corrupted, too new, or will not fit never stops the game (and never throws).
 */
import { describe, expect, it } from 'vitest';
import { DeviceStorage, MemoryBackend, STORAGE_PREFIX, type KeyValueBackend, type RecordSpec, type StorageProblem } from '../../src/services/storage';
import { RoundStore } from '../../src/services/rounds';
import type { SavedOrdinaryRound as SavedRound } from '../../src/game/savedRound';
import { createRound } from '../../src/core/round';
import { selectQuestions } from '../../src/core/select';
import { readFileSync } from 'node:fs';
import { parseBank } from '../../src/core/bank/validate';

/** A record at version 3 whose history renamed a field (1 -> 2) and then nested it (2 -> 3). */
const NAME: RecordSpec<{ player: { name: string } }> = {
  key: 'name',
  version: 3,
  migrations: {
    1: (d) => ({ name: (d as { nick: string }).nick }),
    2: (d) => ({ player: { name: (d as { name: string }).name } }),
  },
  parse: (d) => (typeof (d as { player?: { name?: unknown } })?.player?.name === 'string' ? (d as { player: { name: string } }) : null),
  fallback: () => ({ player: { name: '' } }),
};

function setup(backend: KeyValueBackend | null = new MemoryBackend()) {
  const storage = new DeviceStorage(backend);
  const problems: StorageProblem[] = [];
  storage.onProblem((p) => problems.push(p));
  return { storage, problems, backend };
}

describe('DeviceStorage', () => {
  it('migrates a record from every earlier version to the current one', () => {
    for (const [v, data] of [
      [1, { nick: 'Ana' }],
      [2, { name: 'Ana' }],
      [3, { player: { name: 'Ana' } }],
    ] as const) {
      const backend = new MemoryBackend();
      backend.setItem(STORAGE_PREFIX + 'name', JSON.stringify({ v, data }));
      const { storage, problems } = setup(backend);
      expect(storage.load(NAME)).toEqual({ player: { name: 'Ana' } });
      expect(problems).toEqual([]);
    }
  });

  it('drops unreadable data for the default, says so once, and repairs the device', () => {
    for (const raw of ['{"v":3,"data":', 'null', '"<img src=x>"', '{"v":"3"}', '{"v":0,"data":{}}', '{"v":3,"data":{"player":7}}']) {
      const backend = new MemoryBackend();
      backend.setItem(STORAGE_PREFIX + 'name', raw);
      const { storage, problems } = setup(backend);
      expect(storage.load(NAME)).toEqual({ player: { name: '' } });
      expect(storage.load(NAME)).toEqual({ player: { name: '' } });
      expect(problems).toEqual(['corrupted']);
      expect(backend.getItem(STORAGE_PREFIX + 'name')).toBeNull();
    }
  });

  it('keeps a record written by a newer version of the game (that version can still read it)', () => {
    const backend = new MemoryBackend();
    const newer = JSON.stringify({ v: 9, data: { future: true } });
    backend.setItem(STORAGE_PREFIX + 'name', newer);
    const { storage, problems } = setup(backend);
    expect(storage.load(NAME)).toEqual({ player: { name: '' } });
    expect(problems).toEqual(['corrupted']);
    expect(backend.getItem(STORAGE_PREFIX + 'name')).toBe(newer);
  });

  it('when full, reports it and keeps the value for the rest of the visit', () => {
    const { storage, problems } = setup(new MemoryBackend(10));
    expect(storage.save(NAME, { player: { name: 'a long name that does not fit' } })).toBe(false);
    expect(problems).toEqual(['full']);
    expect(storage.load(NAME).player.name).toBe('a long name that does not fit');
  });

  it('without a backend (storage disabled) says so at once and still works in memory', () => {
    const { storage, problems } = setup(null);
    expect(problems).toEqual(['unavailable']);
    expect(storage.save(NAME, { player: { name: 'Ana' } })).toBe(false);
    expect(storage.load(NAME).player.name).toBe('Ana');
  });

  it('a backend that throws on every read is reported as unavailable, never thrown', () => {
    const throwing: KeyValueBackend = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const { storage, problems } = setup(throwing);
    expect(storage.load(NAME)).toEqual({ player: { name: '' } });
    expect(storage.save(NAME, { player: { name: 'x' } })).toBe(false);
    expect(problems).toEqual(['unavailable', 'full']);
  });
});

describe('RoundStore (the ordinary round in progress)', () => {
  const parsed = parseBank(readFileSync('questions/kim-putin-beijing-2025-09/bank.json', 'utf8'), 'bank.json');
  if (!parsed.ok) throw new Error('the first bank does not validate');
  const state = { ...createRound(selectQuestions(parsed.bank, 10, 'seed')), phase: 'question' as const };
  const saved: SavedRound = { bankId: parsed.bank.id, lang: 'en', seed: 'seed', mode: 'classic', timeLimitMs: 20000, kind: 'normal', state, elapsedMs: 1234 };

  it('gives the round back for the same bank and language only, and forgets it once cleared', () => {
    const rounds = new RoundStore(new DeviceStorage(new MemoryBackend()));
    rounds.save(saved);
    expect(rounds.saved(parsed.bank.id, 'en')?.elapsedMs).toBe(1234);
    expect(rounds.saved(parsed.bank.id, 'ko')).toBeNull();
    expect(rounds.saved('another-bank', 'en')).toBeNull();
    rounds.clear();
    expect(rounds.saved(parsed.bank.id, 'en')).toBeNull();
  });

  it('refuses a saved round that does not look like one, rather than half-resuming it', () => {
    const broken: unknown[] = [
      { ...saved, state: { ...state, index: 10 } },
      { ...saved, state: { ...state, questions: [] } },
      { ...saved, state: { ...state, phase: 'finished' } },
      { ...saved, kind: 'assignment' },
      { ...saved, elapsedMs: 'soon' },
      { ...saved, state: null },
    ];
    for (const round of broken) {
      const backend = new MemoryBackend();
      backend.setItem(STORAGE_PREFIX + 'round', JSON.stringify({ v: 1, data: { round } }));
      const storage = new DeviceStorage(backend);
      const problems: StorageProblem[] = [];
      storage.onProblem((p) => problems.push(p));
      expect(new RoundStore(storage).saved(parsed.bank.id, 'en')).toBeNull();
      expect(problems).toEqual(['corrupted']);
    }
  });
});
