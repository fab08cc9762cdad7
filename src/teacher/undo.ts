/**
 * Deleting on the teacher page: ask first, in the page (window.confirm is blocked in some
 * embedded browsers and read poorly by some screen readers), then offer Undo for a while.
 */
import type { I18n } from '../services/i18n';
import { el } from './dom';

/** How long Undo stays on offer, counted only while the pointer and focus are elsewhere. */
export const UNDO_MS = 10_000;

let ids = 0;

/**
 * Swaps what `slot` holds for "question [Yes, delete] [Keep]" until one is pressed. Keep (or
 * Esc) puts the slot back and focus on `trigger` (passed in, since Safari does not focus a
 * clicked button); Yes calls `onYes`, which owns focus from there.
 */
export function askFirst(slot: HTMLElement, trigger: HTMLElement, i18n: I18n, question: string, onYes: () => void): void {
  const { t } = i18n;
  const before = [...slot.childNodes];
  const questionId = `confirm-${++ids}`;
  // The name stays the visible "Yes, delete" (voice control users say what they see); the question says what goes.
  const yes = el('button', { type: 'button', class: 'danger', 'aria-describedby': questionId }, t('teacher.delete.yes'));
  const keep = el('button', { type: 'button', class: 'secondary' }, t('teacher.delete.keep'));
  const group = el('div', { role: 'group', class: 'confirm', 'aria-labelledby': questionId }, el('p', { id: questionId, text: question }), yes, keep);
  const back = () => {
    slot.replaceChildren(...before);
    trigger.focus();
  };
  keep.addEventListener('click', back);
  group.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    back();
  });
  yes.addEventListener('click', onYes);
  slot.replaceChildren(group);
  // The least destructive choice takes focus, as the WAI-ARIA alert dialog pattern advises.
  keep.focus();
  // In a table scrolled sideways on a phone, focus alone would show Keep but cut off the question.
  group.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * A status line (a polite live region) with an Undo button beside it. Messages that are not
 * problems go away after UNDO_MS; problems stay until the next message. The clock stops while
 * the pointer or focus is on the line, so nobody loses Undo while reaching for it.
 */
export class UndoBar {
  readonly element: HTMLElement;
  private readonly status: HTMLElement;
  private readonly button: HTMLButtonElement;
  private onUndo: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private remaining = 0;
  private startedAt = 0;
  private error = false;
  private holds = { pointer: false, focus: false };

  constructor(i18n: I18n, private readonly ms = UNDO_MS) {
    const statusId = `undo-status-${++ids}`;
    this.status = el('p', { class: 'status', role: 'status', id: statusId });
    this.button = el('button', { type: 'button', class: 'secondary', hidden: '', 'aria-describedby': statusId }, i18n.t('teacher.delete.undo'));
    this.element = el('div', { class: 'undo-bar' }, this.status, this.button);
    this.button.addEventListener('click', () => {
      const undo = this.onUndo;
      this.clear();
      undo?.();
    });
    const hold = (kind: 'pointer' | 'focus', on: boolean) => {
      this.holds[kind] = on;
      if (this.holds.pointer || this.holds.focus) this.pause();
      else this.resume();
    };
    this.element.addEventListener('pointerenter', () => hold('pointer', true));
    this.element.addEventListener('pointerleave', () => hold('pointer', false));
    this.element.addEventListener('focusin', () => hold('focus', true));
    this.element.addEventListener('focusout', (e) => hold('focus', e.relatedTarget instanceof Node && this.element.contains(e.relatedTarget)));
  }

  /** Says what happened and offers Undo, with focus on it: the likeliest next step after a slip. */
  offer(message: string, onUndo: () => void, error = false): void {
    this.onUndo = onUndo;
    this.button.hidden = false;
    this.show(message, error);
    this.button.focus();
  }

  /** A message without Undo (the outcome of an undo, say). */
  say(message: string, error = false): void {
    this.onUndo = null;
    this.button.hidden = true;
    this.show(message, error);
  }

  clear(): void {
    this.stop();
    this.onUndo = null;
    this.button.hidden = true;
    this.status.textContent = '';
    this.status.classList.remove('error');
    this.error = false;
  }

  private show(message: string, error: boolean): void {
    this.stop();
    this.status.textContent = message;
    this.status.classList.toggle('error', error);
    this.error = error;
    this.remaining = this.ms;
    // A hidden button loses focus without always sending focusout, so ask where focus is now.
    this.holds.focus = this.element.contains(document.activeElement);
    if (!this.holds.pointer && !this.holds.focus) this.resume();
  }

  private expire(): void {
    this.timer = null;
    // A problem stays readable; only the chance to undo runs out.
    if (this.error) {
      this.onUndo = null;
      this.button.hidden = true;
    } else {
      this.clear();
    }
  }

  private pause(): void {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.remaining = Math.max(0, this.remaining - (Date.now() - this.startedAt));
  }

  private resume(): void {
    const somethingToTime = this.onUndo !== null || (!this.error && this.status.textContent !== '');
    if (this.timer !== null || !somethingToTime) return;
    this.startedAt = Date.now();
    this.timer = setTimeout(() => this.expire(), this.remaining);
  }

  private stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
