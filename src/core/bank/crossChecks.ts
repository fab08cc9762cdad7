/**
 * The bank's checks across its parts, apart from the schema's field by field: ids that must be
 * unique, questions pointing at real facts, options that differ, right answers and translations
 * that fit their question's options.
 */
import { MAX_CHOICE_OPTIONS, MIN_CHOICE_OPTIONS } from './constants.ts';

export interface PathIssue {
  path: (string | number)[];
  message: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks across the bank (unique ids, questions pointing at real facts, distinct options).
 * Written for any JSON, not only a valid bank, so these problems are reported alongside the
 * schema's own instead of only after every other problem is fixed.
 */
export function crossReferenceIssues(data: unknown): PathIssue[] {
  const issues: PathIssue[] = [];
  if (!isRecord(data)) return issues;
  const facts = Array.isArray(data.facts) ? data.facts : [];
  const questions = Array.isArray(data.questions) ? data.questions : [];
  const factIds = new Set<string>();
  facts.forEach((f, i) => {
    if (!isRecord(f) || typeof f.id !== 'string') return;
    if (factIds.has(f.id)) issues.push({ path: ['facts', i, 'id'], message: `duplicate fact id "${f.id}"` });
    factIds.add(f.id);
  });
  const qIds = new Set<string>();
  questions.forEach((q, i) => {
    if (!isRecord(q)) return;
    if (typeof q.id === 'string') {
      if (qIds.has(q.id)) issues.push({ path: ['questions', i, 'id'], message: `duplicate question id "${q.id}"` });
      qIds.add(q.id);
    }
    if (typeof q.factId === 'string' && !factIds.has(q.factId)) issues.push({ path: ['questions', i, 'factId'], message: `no fact with id "${q.factId}"` });
    if (q.type === 'choice' && Array.isArray(q.options) && q.options.every((o) => typeof o === 'string')) {
      const norm = (q.options as string[]).map((o) => o.trim().toLowerCase());
      if (new Set(norm).size !== norm.length) issues.push({ path: ['questions', i, 'options'], message: 'options must all differ' });
      const n = q.options.length;
      if (n >= MIN_CHOICE_OPTIONS && n <= MAX_CHOICE_OPTIONS && Number.isInteger(q.answer) && (q.answer as number) >= n) {
        issues.push({ path: ['questions', i, 'answer'], message: `must be the index of one of the ${n} options, 0 to ${n - 1}` });
      }
    }
  });
  // Translations must point at questions and facts that exist, with fields their type has.
  const qType = new Map(questions.filter(isRecord).map((q) => [q.id, q.type] as const));
  // Only a count the schema takes is compared: a wrong count is the original's problem, said once.
  const validCount = (o: unknown) => (Array.isArray(o) && o.length >= MIN_CHOICE_OPTIONS && o.length <= MAX_CHOICE_OPTIONS ? o.length : null);
  const optionCount = new Map(questions.filter(isRecord).map((q) => [q.id, validCount(q.options)] as const));
  const translations = isRecord(data.translations) ? data.translations : {};
  for (const [lang, tr] of Object.entries(translations)) {
    if (!isRecord(tr)) continue;
    for (const [qid, text] of Object.entries(isRecord(tr.questions) ? tr.questions : {})) {
      const type = qType.get(qid);
      const at = ['translations', lang, 'questions', qid];
      if (type === undefined) issues.push({ path: at, message: `no question with id "${qid}"` });
      else if (isRecord(text)) {
        if (text.options !== undefined && type !== 'choice') issues.push({ path: [...at, 'options'], message: `a ${String(type)} question has no options` });
        const want = optionCount.get(qid);
        // Translated options replace the originals place for place: the answer's index must still point at its translation.
        if (type === 'choice' && Array.isArray(text.options) && typeof want === 'number' && text.options.length !== want) {
          issues.push({ path: [...at, 'options'], message: `the question has ${want} options and this translation ${text.options.length}: translate each, in the original order` });
        }
        if (text.unit !== undefined && type !== 'estimate') issues.push({ path: [...at, 'unit'], message: `a ${String(type)} question has no unit` });
        if (text.name !== undefined && type !== 'where') issues.push({ path: [...at, 'name'], message: `a ${String(type)} question has no place name` });
      }
    }
    for (const fid of Object.keys(isRecord(tr.facts) ? tr.facts : {})) {
      if (!factIds.has(fid)) issues.push({ path: ['translations', lang, 'facts', fid], message: `no fact with id "${fid}"` });
    }
  }
  return issues;
}
