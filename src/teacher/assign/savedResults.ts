/** The assignments whose results this device keeps: each can be shown again or deleted whole. */
import type { AssignmentSummary } from '../../services/classResults';
import type { I18n } from '../../services/i18n';
import { el, isolate } from '../dom';
import { askFirst } from '../undo';
import { assignmentKey } from './shown';

export interface SavedResults {
  /** Heading, the note for an empty list, the list. */
  elements: HTMLElement[];
  /** Where focus goes when what it was on is gone. */
  heading: HTMLElement;
  render(all: AssignmentSummary[], shownId: string | undefined): void;
}

export interface SavedResultsActions {
  show(a: AssignmentSummary): void;
  /** The teacher said yes to deleting all of its results. */
  deleteAll(a: AssignmentSummary): void;
}

export function savedResults(i18n: I18n, actions: SavedResultsActions): SavedResults {
  const { t } = i18n;
  const heading = el('h3', { id: 'saved-results-title', tabindex: '-1', text: t('teacher.savedResults.title') });
  const list = el('ul', { class: 'saved-list', 'aria-labelledby': 'saved-results-title' });
  const empty = el('p', { class: 'note', text: t('teacher.savedResults.empty') });

  const item = (a: AssignmentSummary, shownId: string | undefined) => {
    const name = isolate(a.title);
    const show = el('button', { type: 'button', class: 'secondary', 'aria-label': t('teacher.savedResults.showName', { name }) }, t('teacher.savedResults.show'));
    const del = el('button', { type: 'button', class: 'secondary', 'aria-label': t('teacher.savedResults.deleteAllName', { name }), 'data-key': assignmentKey(a.id) }, t('teacher.savedResults.deleteAll'));
    const buttons = el('div', { class: 'item-actions' }, show, del);
    show.addEventListener('click', () => actions.show(a));
    del.addEventListener('click', () => askFirst(buttons, del, i18n, t('teacher.delete.confirmAll', { count: a.results, name }), () => actions.deleteAll(a)));
    const li = el('li', {}, el('div', { class: 'item-info' }, el('strong', {}, el('bdi', { text: a.title })), el('span', { class: 'note', text: t('teacher.savedResults.count', { count: a.results }) })), buttons);
    if (shownId === a.id) li.setAttribute('aria-current', 'true');
    return li;
  };

  return {
    elements: [heading, empty, list],
    heading,
    render(all, shownId) {
      list.replaceChildren(...all.map((a) => item(a, shownId)));
      list.hidden = all.length === 0;
      empty.hidden = all.length > 0;
    },
  };
}
