/**
 * Whether a file is a Factsprint question bank the game can play: the JSON file the teacher page's
 * builder downloads (`<id>.json`). Every refusal is a message key, so the player is told why in
 * their own language instead of a parser's English. Loads the schema (zod): imported only when a
 * file is opened or fetched.
 */
import { SCHEMA_VERSION } from '../core/bank/constants';
import type { Bank } from '../core/bank/schema';
import { validateBank } from '../core/bank/validate';
import { playableQuestions } from '../core/bank/playable';
import { formatBankError } from '../core/bank/errors';
import type { TKey, TParams } from './i18n';

/**
 * The largest bank file the game reads. The built-in bank, with seven translations, is about
 * 150 kB; the device's storage holds about 5 MB for the whole site (every character counts
 * twice in most browsers), so a larger file could never be kept.
 */
export const MAX_BANK_FILE_BYTES = 2 * 1024 * 1024;

/** What the game says about a bank file, in the player's language. */
export interface BankFileMessage {
  key: TKey;
  params?: TParams;
}

export type BankFileCheck = { ok: true; bank: Bank } | { ok: false; problem: BankFileMessage };

const refuse = (key: TKey, params?: TParams): BankFileCheck => ({ ok: false, problem: params ? { key, params } : { key } });

const tooLarge = () => refuse('bankFile.tooLarge', { size: MAX_BANK_FILE_BYTES / (1024 * 1024) });

/** A file as the browser hands it over (a File), or anything with its name, size and bytes. */
export interface BankFileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function checkBankFile(file: BankFileLike): Promise<BankFileCheck> {
  // Refused unread: a film chosen by mistake would otherwise be read whole into memory.
  if (file.size > MAX_BANK_FILE_BYTES) return tooLarge();
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return refuse('bankFile.unreadable');
  }
  return checkBankBytes(bytes, file.name);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function checkBankBytes(bytes: Uint8Array, source: string): BankFileCheck {
  if (bytes.length > MAX_BANK_FILE_BYTES) return tooLarge();
  // A zip (the teacher page's QTI export, a spreadsheet) is a file for another tool.
  if (ZIP.every((b, i) => bytes[i] === b)) return refuse('bankFile.wrongKind');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8 text (a picture, a document): the builder writes banks as UTF-8 JSON.
    return refuse('bankFile.wrongKind');
  }
  return checkBankText(text, source);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON object shaped like a bank, before the schema looks closer: anything else is another kind of file. */
const looksLikeBank = (v: unknown): v is Record<string, unknown> => isRecord(v) && 'questions' in v && ('facts' in v || 'schemaVersion' in v);

export function checkBankText(text: string, source: string): BankFileCheck {
  if (text.length > MAX_BANK_FILE_BYTES) return tooLarge();
  const body = text.replace(/^\uFEFF/, '').trim();
  // A result code, a CSV, an article: not a bank at all, rather than a damaged one.
  if (!body.startsWith('{')) return refuse('bankFile.wrongKind');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    // It starts as JSON and breaks off: cut short on the way, or edited by hand.
    return refuse('bankFile.malformed');
  }
  if (!looksLikeBank(data)) return refuse('bankFile.wrongKind');
  if (typeof data.schemaVersion === 'number' && data.schemaVersion > SCHEMA_VERSION) return refuse('bankFile.newer');
  const checked = validateBank(data, source);
  // The first problem is in the schema's words, with its JSON path: what a teacher fixes.
  if (!checked.ok) return refuse('bankFile.invalid', { count: checked.errors.length, first: formatBankError(checked.errors[0]!) });
  if (playableQuestions(checked.bank).length === 0) return refuse('bankFile.empty', { title: checked.bank.title });
  return { ok: true, bank: checked.bank };
}
