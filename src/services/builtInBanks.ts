/**
 * Where the built-in banks are: each is fetched only when played, in two parts, the bank and
 * the one translation the player needs (scripts/banksPlugin.ts splits them at build time).
 */
import { BUILT_IN_BANKS } from 'virtual:builtin-banks';
import { fetchText } from './fetchText';

export function builtInBankIds(): string[] {
  return Object.keys(BUILT_IN_BANKS).sort();
}

/** The bank's own file (no translations), or null for an unknown id. */
export function bankUrl(id: string): string | null {
  const b = Object.hasOwn(BUILT_IN_BANKS, id) ? BUILT_IN_BANKS[id] : undefined;
  return b ? `${import.meta.env.BASE_URL}banks/${id}/${b.bank}` : null;
}

/** The bank's translation into `lang`, when it has one. */
export function translationUrl(id: string, lang: string): string | null {
  const b = Object.hasOwn(BUILT_IN_BANKS, id) ? BUILT_IN_BANKS[id] : undefined;
  const file = b && Object.hasOwn(b.translations, lang) ? b.translations[lang] : undefined;
  return file ? `${import.meta.env.BASE_URL}banks/${id}/${file}` : null;
}

const inflight = new Map<string, Promise<string>>();
const arrived = new Map<string, string>();

/** The bank's text if its download has already finished, else null (then wait on fetchBuiltInBank). */
export function fetchedBuiltInBank(id: string, lang: string | null): string | null {
  return arrived.get(`${id}|${lang ?? ''}`) ?? null;
}

/**
 * The whole bank with its translation into `lang` put back, as text for acceptBank. Asked for
 * twice (main starts it before the engine boots, the loading screen waits for it), fetched once.
 */
export function fetchBuiltInBank(id: string, lang: string | null): Promise<string> {
  const key = `${id}|${lang ?? ''}`;
  let p = inflight.get(key);
  if (!p) {
    p = fetchParts(id, lang);
    inflight.set(key, p);
    p.then((text) => arrived.set(key, text), () => undefined);
    // A failure is not kept: "try again" fetches again.
    p.catch(() => inflight.delete(key));
  }
  return p;
}

async function fetchParts(id: string, lang: string | null): Promise<string> {
  const url = bankUrl(id);
  if (!url) throw new Error(`no built-in bank ${id}`);
  const tUrl = lang ? translationUrl(id, lang) : null;
  const [bank, tr] = await Promise.all([fetchText(url), tUrl ? fetchText(tUrl) : Promise.resolve(null)]);
  if (tr === null) return bank;
  const data = JSON.parse(bank) as Record<string, unknown>;
  return JSON.stringify({ ...data, translations: { [lang!]: JSON.parse(tr) as unknown } });
}
