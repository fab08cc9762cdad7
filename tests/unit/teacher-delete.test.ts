/**
 * Deleting on the teacher page and taking it back: a removed bank or result comes back exactly
 * as it was and where it was, also for the next visit; a device that will not save says so
 * instead of losing anything silently.
 */
import { describe, expect, it } from 'vitest';
import type { StudentResult } from '../../src/core/codes/result';
import { ClassResultStore } from '../../src/services/classResults';
import { LocalBankStore } from '../../src/services/localBanks';
import { DeviceStorage, MemoryBackend } from '../../src/services/storage';
import { sampleResult, smallBank } from './codes/fixtures';

const bank = (id: string, title: string) => ({ ...smallBank(), id, title });
const result = (name: string, attempt = 1, assignmentId = 'A1'): StudentResult => ({ ...sampleResult(assignmentId), name, attempt });

function banksOn(backend: MemoryBackend | null) {
  return new LocalBankStore(new DeviceStorage(backend));
}

describe('LocalBankStore: remove and restore', () => {
  const threeBanks = () => {
    const backend = new MemoryBackend();
    const store = banksOn(backend);
    store.save(bank('alpha', 'Alpha'), 'article a', '2025-09-01T10:00:00.000Z');
    store.save(bank('beta', 'Beta'), 'article b', '2025-09-02T10:00:00.000Z');
    store.save(bank('gamma', 'Gamma'), 'article c', '2025-09-03T10:00:00.000Z');
    return { backend, store };
  };

  it('lists each bank with its title, date and playable question count, newest first', () => {
    const { store } = threeBanks();
    expect(store.list()).toEqual([
      { id: 'gamma', title: 'Gamma', savedAt: '2025-09-03T10:00:00.000Z', questions: 3 },
      { id: 'beta', title: 'Beta', savedAt: '2025-09-02T10:00:00.000Z', questions: 3 },
      { id: 'alpha', title: 'Alpha', savedAt: '2025-09-01T10:00:00.000Z', questions: 3 },
    ]);
  });

  it('removes a bank for this visit and the next, and restores it byte for byte in its old place', () => {
    const { backend, store } = threeBanks();
    const before = backend.data.get('factsprint:local-banks');
    const done = store.remove('beta');
    expect(done?.saved).toBe(true);
    expect(store.get('beta')).toBeNull();
    expect(banksOn(backend).list().map((b) => b.id)).toEqual(['gamma', 'alpha']);
    expect(store.restore(done!.removed)).toBe('saved');
    expect(backend.data.get('factsprint:local-banks')).toBe(before);
    expect(banksOn(backend).get('beta')).toEqual({ bank: bank('beta', 'Beta'), article: 'article b', savedAt: '2025-09-02T10:00:00.000Z' });
  });

  it('keeps the order of banks saved at the same moment', () => {
    const backend = new MemoryBackend();
    const store = banksOn(backend);
    for (const id of ['one', 'two', 'three']) store.save(bank(id, id), '', '2025-09-01T10:00:00.000Z');
    const done = store.remove('two')!;
    store.restore(done.removed);
    expect(banksOn(backend).list().map((b) => b.id)).toEqual(['one', 'two', 'three']);
  });

  it('gives null for a bank that is not there', () => {
    expect(threeBanks().store.remove('nope')).toBeNull();
  });

  it('does not overwrite a bank saved under the same id since the removal', () => {
    const { store } = threeBanks();
    const done = store.remove('beta')!;
    store.save(bank('beta', 'Beta, rebuilt'), 'new article', '2025-09-04T10:00:00.000Z');
    expect(store.restore(done.removed)).toBe('taken');
    expect(store.get('beta')?.bank.title).toBe('Beta, rebuilt');
  });

  it('tells every listener about saves, removals and restores, until it unsubscribes', () => {
    const { store } = threeBanks();
    let calls = 0;
    const stop = store.onChange(() => calls++);
    store.save(bank('delta', 'Delta'), '', '2025-09-05T10:00:00.000Z');
    const done = store.remove('delta')!;
    store.restore(done.removed);
    expect(calls).toBe(3);
    stop();
    store.remove('delta');
    expect(calls).toBe(3);
  });

  it('says when the device would not keep a removal or a restore, and still acts for this visit', () => {
    const { backend } = threeBanks();
    const stored = backend.data.get('factsprint:local-banks')!;
    // A browser whose storage went away after the banks were saved: nothing can be written.
    const broken = new MemoryBackend(0);
    broken.data.set('factsprint:local-banks', stored);
    const store = banksOn(broken);
    const done = store.remove('alpha')!;
    expect(done.saved).toBe(false);
    expect(store.list().map((b) => b.id)).toEqual(['gamma', 'beta']);
    // The next visit still finds it: the page must say the deletion may not last.
    expect(banksOn(broken).get('alpha')).not.toBeNull();
    expect(store.restore(done.removed)).toBe('not-saved');
    expect(store.list().map((b) => b.id)).toEqual(['gamma', 'beta', 'alpha']);
    expect(banksOn(null).restore(done.removed)).toBe('not-saved');
  });
});

describe('ClassResultStore: remove and restore', () => {
  const info = { code: 'FA1.code-of-a1', title: 'Beijing quiz' };
  const classOf = () => {
    const backend = new MemoryBackend();
    const store = new ClassResultStore(new DeviceStorage(backend));
    store.add('A0', [result('Kim', 1, 'A0')], { code: 'FA1.code-of-a0', title: 'Earlier quiz' });
    store.add('A1', [result('Ana'), result('Bo'), result('Ana', 2)], info);
    store.add('A2', [result('Chen', 1, 'A2')], { code: 'FA1.code-of-a2', title: 'Later quiz' });
    return { backend, store, reload: () => new ClassResultStore(new DeviceStorage(backend)) };
  };

  it('lists the assignments with results, so they can be shown again after a reload', () => {
    const { reload } = classOf();
    expect(reload().assignments()).toEqual([
      { id: 'A0', code: 'FA1.code-of-a0', title: 'Earlier quiz', results: 1 },
      { id: 'A1', code: 'FA1.code-of-a1', title: 'Beijing quiz', results: 3 },
      { id: 'A2', code: 'FA1.code-of-a2', title: 'Later quiz', results: 1 },
    ]);
  });

  it('removes one student\'s attempt (names matched as the page shows them) and restores it in its place', () => {
    const { backend, store, reload } = classOf();
    const before = backend.data.get('factsprint:class-results');
    const done = store.removeResult('A1', { name: ' bo ', attempt: 1 })!;
    expect(done.saved).toBe(true);
    expect(reload().list('A1').map((r) => `${r.name}/${r.attempt}`)).toEqual(['Ana/1', 'Ana/2']);
    expect(store.restore(done.removed)).toBe(true);
    expect(backend.data.get('factsprint:class-results')).toBe(before);
  });

  it('does not double a result pasted again before the undo', () => {
    const { store } = classOf();
    const done = store.removeResult('A1', { name: 'Bo', attempt: 1 })!;
    store.add('A1', [result('Bo')]);
    store.restore(done.removed);
    expect(store.list('A1').map((r) => `${r.name}/${r.attempt}`)).toEqual(['Ana/1', 'Ana/2', 'Bo/1']);
  });

  it('removes all of an assignment\'s results and its place in the list, and restores both', () => {
    const { backend, store, reload } = classOf();
    const before = backend.data.get('factsprint:class-results');
    const done = store.removeAssignment('A1')!;
    expect(done.removed.results).toHaveLength(3);
    expect(reload().list('A1')).toEqual([]);
    expect(reload().assignments().map((a) => a.id)).toEqual(['A0', 'A2']);
    expect(store.restore(done.removed)).toBe(true);
    expect(backend.data.get('factsprint:class-results')).toBe(before);
  });

  it('keeps results added to an assignment after its results were removed, when they come back', () => {
    const { store } = classOf();
    const done = store.removeAssignment('A1')!;
    store.add('A1', [result('Dee'), result('Ana')], info);
    store.restore(done.removed);
    expect(store.list('A1').map((r) => `${r.name}/${r.attempt}`)).toEqual(['Ana/1', 'Bo/1', 'Ana/2', 'Dee/1']);
    expect(store.assignments().map((a) => a.id)).toEqual(['A0', 'A1', 'A2']);
  });

  it('hides an assignment whose last result was removed, until the undo', () => {
    const { store } = classOf();
    const done = store.removeResult('A0', { name: 'Kim', attempt: 1 })!;
    expect(store.assignments().map((a) => a.id)).toEqual(['A1', 'A2']);
    store.restore(done.removed);
    expect(store.assignments().map((a) => a.id)).toEqual(['A0', 'A1', 'A2']);
  });

  it('gives null for results that are not there', () => {
    const { store } = classOf();
    expect(store.removeResult('A1', { name: 'Ana', attempt: 3 })).toBeNull();
    expect(store.removeAssignment('nope')).toBeNull();
  });

  it('reads results saved before assignments were remembered, and lists them once their link is opened', () => {
    const backend = new MemoryBackend();
    backend.data.set('factsprint:class-results', JSON.stringify({ v: 1, data: { byAssignment: { A1: [result('Ana')] } } }));
    const store = new ClassResultStore(new DeviceStorage(backend));
    expect(store.list('A1')).toHaveLength(1);
    expect(store.assignments()).toEqual([]);
    expect(store.remember('A1', info)).toBe(true);
    expect(store.remember('A9', info)).toBe(true);
    expect(new ClassResultStore(new DeviceStorage(backend)).assignments()).toEqual([{ id: 'A1', ...info, results: 1 }]);
  });

  it('says when the device would not keep added results, a removal or a restore', () => {
    const { backend } = classOf();
    const broken = new MemoryBackend(0);
    broken.data.set('factsprint:class-results', backend.data.get('factsprint:class-results')!);
    const store = new ClassResultStore(new DeviceStorage(broken));
    expect(store.add('A1', [result('Eve')]).saved).toBe(false);
    const done = store.removeAssignment('A2')!;
    expect(done.saved).toBe(false);
    expect(store.assignments().map((a) => a.id)).toEqual(['A0', 'A1']);
    expect(store.restore(done.removed)).toBe(false);
    expect(store.assignments().map((a) => a.id)).toEqual(['A0', 'A1', 'A2']);
  });
});
