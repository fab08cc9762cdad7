/**
 * Where the built-in banks are: each is fetched only when played, in two parts, the bank and
 * the one translation the player needs (scripts/banksPlugin.ts splits them at build time).
 */
import { BUILT_IN_BANKS } from 'virtual:builtin-banks';
import type { Bank } from '../core/bank/schema';
import { fetchText } from './fetchText';

export function builtInBankIds(): string[] {
  return Object.keys(BUILT_IN_BANKS).sort();
}

const entryOf = (id: string) => (Object.hasOwn(BUILT_IN_BANKS, id) ? BUILT_IN_BANKS[id] : undefined);

/** The bank's own file (no translations), or null for an unknown id. */
export function bankUrl(id: string): string | null {
  const b = entryOf(id);
  return b ? `${import.meta.env.BASE_URL}banks/${id}/${b.bank}` : null;
}

/** The bank's translation into `lang`, when it has one. */
export function translationUrl(id: string, lang: string): string | null {
  const b = entryOf(id);
  const file = b && Object.hasOwn(b.translations, lang) ? b.translations[lang] : undefined;
  return file ? `${import.meta.env.BASE_URL}banks/${id}/${file}` : null;
}

/**
 * A built-in bank as it arrived. `checked`: these are the very bytes the build checked against
 * the schema, so the bank needs no second check (and the game no schema library to start).
 * Otherwise, the text (the bank with its translation put back) for the schema to check.
 */
export type FetchedBank = { checked: true; bank: Bank } | { checked: false; text: string };

const inflight = new Map<string, Promise<FetchedBank>>();
const arrived = new Map<string, FetchedBank>();

/** The bank if its download has already finished, else null (then wait on loadBuiltInBank). */
export function cachedBuiltInBank(id: string, lang: string | null): FetchedBank | null {
  return arrived.get(`${id}|${lang ?? ''}`) ?? null;
}

/**
 * The whole bank with its translation into `lang` put back. Asked for twice (main starts it
 * before the engine boots, the loading screen waits for it), fetched once.
 */
export function loadBuiltInBank(id: string, lang: string | null): Promise<FetchedBank> {
  const key = `${id}|${lang ?? ''}`;
  let p = inflight.get(key);
  if (!p) {
    p = fetchParts(id, lang);
    inflight.set(key, p);
    p.then((fetched) => arrived.set(key, fetched), () => undefined);
    // A failure is not kept: "try again" fetches again.
    p.catch(() => inflight.delete(key));
  }
  return p;
}

async function fetchParts(id: string, lang: string | null): Promise<FetchedBank> {
  const url = bankUrl(id);
  if (!url) throw new Error(`no built-in bank ${id}`);
  const tUrl = lang ? translationUrl(id, lang) : null;
  const [bank, tr] = await Promise.all([fetchText(url, startedBankFetch(url)), tUrl ? fetchText(tUrl) : Promise.resolve(null)]);
  const asBuilt = entryOf(id)!.checked && (await sameAsBuilt(url, bank)) && (tr === null || (await sameAsBuilt(tUrl!, tr)));
  if (asBuilt) {
    // Parsed as shipped: the build wrote what the schema made of the bank, defaults filled in.
    const base = JSON.parse(bank) as Omit<Bank, 'translations'>;
    return { checked: true, bank: { ...base, translations: tr === null ? {} : { [lang!]: JSON.parse(tr) as Bank['translations'][string] } } };
  }
  if (tr === null) return { checked: false, text: bank };
  const data = JSON.parse(bank) as Record<string, unknown>;
  return { checked: false, text: JSON.stringify({ ...data, translations: { [lang!]: JSON.parse(tr) as unknown } }) };
}

declare global {
  interface Window {
    /** Left by the page's early-start script (scripts/banksPlugin.ts). */
    __factsprintBankFetch?: { url: string; response: Promise<Response> };
  }
}

/**
 * The response to the request the page's early-start script made for `url` while the page was
 * being read, if it did. Taken once: trying again after a failure asks again.
 */
function startedBankFetch(url: string): Promise<Response> | undefined {
  const started = typeof window === 'undefined' ? undefined : window.__factsprintBankFetch;
  if (!started || started.url !== new URL(url, document.baseURI).href) return undefined;
  delete window.__factsprintBankFetch;
  return started.response;
}

/**
 * Whether `text` is what the build wrote to `url`: its SHA-256 starts with the hash in the file
 * name. False where the browser offers no digest (a page served over plain http to another
 * device): the bank is then checked the slow way.
 */
async function sameAsBuilt(url: string, text: string): Promise<boolean> {
  const expected = /-([0-9a-f]{10})\.json$/.exec(url)?.[1];
  const subtle = globalThis.crypto?.subtle;
  if (!expected || !subtle) return false;
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
    const hex = Array.from(digest.subarray(0, 5), (b) => b.toString(16).padStart(2, '0')).join('');
    return hex === expected;
  } catch {
    return false;
  }
}
