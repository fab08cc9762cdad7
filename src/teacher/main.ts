/**
 * The teacher page's composition root: language, storage, the gazetteer, then the builder form.
 * Plain accessible DOM: forms, buttons and lists are right for this work.
 */
import { readLocalPlaces, type LocalPlaces } from '../builder/towns';
import type { Place } from '../core/geo';
import { createI18n } from '../services/i18n';
import { resolveLanguage } from '../services/languages';
import { allTexts } from '../services/texts/all';
import { offlineUpdates } from '../services/offline';
import { LocalBankStore } from '../services/localBanks';
import { readParams } from '../services/params';
import { SettingsStore } from '../services/settings';
import { browserBackend, DeviceStorage } from '../services/storage';
import { ClassResultStore } from '../services/classResults';
import { mountAssign } from './assignPage';
import { mountBuilder } from './builderPage';
import { el } from './dom';
import { mountMove } from './movePage';
import { mountSavedBanks } from './savedBanks';

async function start(): Promise<void> {
  const params = readParams(window.location.search);
  const storage = new DeviceStorage(browserBackend());
  const settings = new SettingsStore(storage);
  const { lang } = resolveLanguage(params.lang, settings.get().language, navigator.languages ?? [navigator.language]);
  const i18n = await createI18n(lang, allTexts);
  // Offline after the first visit, like the game. A new version takes over when the teacher's
  // tabs are closed, never by reloading a page that may hold unsaved work.
  if (import.meta.env.PROD) offlineUpdates(`${import.meta.env.BASE_URL}sw.js`);
  document.documentElement.lang = i18n.language;
  document.documentElement.dir = i18n.dir;
  document.title = `Factsprint — ${i18n.t('teacher.title')}`;
  // The gazetteer confirms places; without it the builder still finds quotes, figures and dates.
  let gazetteer: Place[] = [];
  try {
    const res = await fetch('geo/places.json');
    if (res.ok) gazetteer = (await res.json()) as Place[];
  } catch {
    gazetteer = [];
  }
  const root = document.getElementById('teacher')!;
  const banks = new LocalBankStore(storage);
  // Towns and divisions for local news: 2 MB, so fetched only when a teacher drafts a bank.
  let local: Promise<LocalPlaces | undefined> | null = null;
  const localPlaces = () =>
    (local ??= fetch('geo/local-places.json')
      .then(async (res) => (res.ok ? readLocalPlaces(await res.json()) : undefined))
      .catch(() => undefined));
  mountBuilder(root, { i18n, gazetteer, localPlaces, banks, now: () => new Date() });
  // Right after the builder, which saves into it, and before the choosers that read from it.
  const saved = el('section', { 'aria-labelledby': 'saved-banks-title' });
  root.append(saved);
  mountSavedBanks(saved, { i18n, banks });
  const assign = document.createElement('section');
  root.append(assign);
  const gameUrl = new URL('./', window.location.href).toString();
  mountAssign(assign, { i18n, banks, results: new ClassResultStore(storage), gameUrl });
  const move = document.createElement('section');
  root.append(move);
  mountMove(move, { i18n, banks, gameUrl, now: () => new Date() });
}

start().catch((e: unknown) => {
  console.error(e);
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = 'Factsprint could not start. Please reload the page.';
  document.body.append(p);
});
