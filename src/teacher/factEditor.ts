/**
 * One fact on the review page: what was found and why it may need a look, its fields to edit,
 * and Approve / Reject. Editing a field marks the fact "edited" (playable, like approved).
 */
import type { Fact } from '../core/bank/schema';
import type { I18n, TKey } from '../services/i18n';
import { el, field } from './dom';

export function factEditor(fact: Fact, i18n: I18n, onChange: (f: Fact) => void): HTMLElement {
  const { t } = i18n;
  let current = fact;
  const li = el('li', { class: fact.review, 'data-fact': fact.id });
  const head = el('p', { class: 'fact-head' });
  const update = (next: Fact, notify = true) => {
    current = next;
    li.className = next.review;
    head.textContent = `${t(`teacher.kind_${next.kind}`)} · ${t(`teacher.status_${next.review}`)} · ${t('teacher.confidence', { percent: Math.round(next.confidence * 100) })}`;
    approve.setAttribute('aria-pressed', String(next.review === 'approved' || next.review === 'edited'));
    reject.setAttribute('aria-pressed', String(next.review === 'rejected'));
    if (notify) onChange(next);
  };
  const input = (id: string, label: TKey, value: string, apply: (v: string) => Fact | null) => {
    const box = el('input', { type: 'text', value });
    box.value = value;
    box.addEventListener('change', () => {
      const next = apply(box.value.trim());
      if (next) update({ ...next, review: 'edited' });
    });
    return field(`${fact.id}-${id}`, t(label), box);
  };
  const approve = el('button', { type: 'button', class: 'approve', 'aria-pressed': 'false' }, t('teacher.approve'));
  const reject = el('button', { type: 'button', class: 'reject secondary', 'aria-pressed': 'false' }, t('teacher.reject'));
  approve.addEventListener('click', () => update({ ...current, review: current.review === 'approved' || current.review === 'edited' ? 'needs_review' : 'approved' }));
  reject.addEventListener('click', () => update({ ...current, review: current.review === 'rejected' ? 'needs_review' : 'rejected' }));

  const fields: HTMLElement[] = [];
  switch (fact.kind) {
    case 'quote':
      fields.push(input('speaker', 'teacher.speaker', fact.data.speaker, (v) => (v && current.kind === 'quote' ? { ...current, data: { ...current.data, speaker: v } } : null)));
      fields.push(el('p', { text: `${t('teacher.quote')}: “${fact.data.quote}”` }));
      break;
    case 'quantity':
      fields.push(input('value', 'teacher.value', String(fact.data.value), (v) => (Number.isFinite(Number(v.replace(/,/g, ''))) && v && current.kind === 'quantity' ? { ...current, data: { ...current.data, value: Number(v.replace(/,/g, '')) } } : null)));
      fields.push(input('counts', 'teacher.counts', fact.data.counts, (v) => (v && current.kind === 'quantity' ? { ...current, data: { ...current.data, counts: v } } : null)));
      break;
    case 'date': {
      const precision = (v: string) => (v.length === 4 ? 'year' : v.length === 7 ? 'month' : 'day') as 'year' | 'month' | 'day';
      fields.push(input('date', 'teacher.dateValue', fact.data.value, (v) => (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) && current.kind === 'date' ? { ...current, data: { ...current.data, value: v, precision: precision(v) } } : null)));
      fields.push(input('event', 'teacher.event', fact.data.event, (v) => (v && current.kind === 'date' ? { ...current, data: { ...current.data, event: v } } : null)));
      break;
    }
    case 'place':
      fields.push(input('place', 'teacher.placeName', fact.data.name, (v) => (v && current.kind === 'place' ? { ...current, data: { ...current.data, name: v } } : null)));
      break;
  }
  li.append(
    head,
    ...(fact.reviewReasons.length ? [el('p', { class: 'reasons', text: fact.reviewReasons.join('; ') })] : []),
    el('p', { class: 'sentence', text: fact.sentence }),
    ...fields,
    approve,
    reject,
  );
  update(fact, false);
  return li;
}
