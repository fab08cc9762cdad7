/** What the assignment part of the teacher page has on screen, shared by its modules. */
import type { Bank } from '../../core/bank/schema';
import type { Assignment } from '../../core/codes/assignment';
import type { ClassResultStore } from '../../services/classResults';
import type { I18n } from '../../services/i18n';
import type { LocalBankStore } from '../../services/localBanks';

export interface AssignDeps {
  i18n: I18n;
  banks: LocalBankStore;
  results: ClassResultStore;
  gameUrl: string;
}

/** The assignment whose link and results are shown: made here, opened from the list, or from its link. */
export interface Shown {
  code: string;
  id: string;
  assignment: Assignment;
  bank: Bank;
}

// Buttons that delete carry a `data-key`, so focus can go back to the one the teacher used after Undo.
export const resultKey = (assignment: string, r: { name: string; attempt: number }): string => `result|${assignment}|${r.name.trim().toLowerCase()}|${r.attempt}`;
export const assignmentKey = (assignment: string): string => `assignment|${assignment}`;

/** A status line: text, and the error style when it reports a problem. */
export function setStatus(status: HTMLElement, message: string, error = false): void {
  status.textContent = message;
  status.classList.toggle('error', error);
}
