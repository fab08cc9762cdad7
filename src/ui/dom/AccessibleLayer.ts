/**
 * The DOM twin of every screen (docs/ARCHITECTURE.md, "Layers": ui). The canvas is invisible to
 * screen readers and browser tests, so each screen also exists here: a heading and text for
 * reading, a polite live region for announcements, and real <button>s laid exactly over the
 * cards the canvas draws. Mouse, touch, keyboard and screen readers all press the same buttons.
 */
import type { Rect } from '../layout';
import { AnnounceQueue, type Priority } from './announceQueue';
import { buildControl, placeEl as place, type LayerControl } from './layerControls';
import { sourcePanel, type SourcePanel, type Spoken } from './sourcePanel';

export interface LayerButton {
  id: string;
  /** The accessible name: the same text the player sees on the canvas. */
  label: string;
  rect: Rect;
  onPress: () => void;
  disabled?: boolean;
  keyshortcuts?: string;
  /** A toggle: its state, as aria-pressed (the label stays the same, as ARIA asks of toggles). */
  pressed?: boolean;
}

export interface ReviewItem {
  tone: 'right' | 'wrong';
  mark: string;
  /** Screen-reader word for the mark ("Right.", "Wrong."). */
  verdict: string;
  prompt: string;
  answer: string;
  time: string;
  elapsedMs: number;
  points: number;
}

export interface LayerScreen {
  /** Names the screen (an h1 read by screen readers). */
  title: string;
  /**
   * Paragraphs of what the canvas shows. On a question the first is the question: it names the
   * group the answer buttons (`answer-1`…) sit in, so a screen reader hears it with the options.
   */
  text?: string[];
  buttons: LayerButton[];
  /** Visible inputs: sliders, pickers, search, the map surface. */
  controls?: LayerControl[];
  /** The controls sit below the buttons on screen: Tab reaches them after the buttons. */
  controlsAfterButtons?: boolean;
  review?: { label: string; rect: Rect; items: ReviewItem[] };
  source?: SourcePanel;
  /** A scrolling form of controls in normal flow (settings): their rects are ignored. */
  form?: { rect: Rect; label: string; controls: LayerControl[] };
  /**
   * The least height, in CSS px, this screen needs (its layout's own answer): a shorter window
   * scrolls a box of this height rather than overlap controls.
   */
  minHeight?: number;
  /** Visible tables of text (a live game's board, the class results), scrolling in `rect`. */
  tables?: { rect: Rect; items: LayerTable[] };
}

/** A real table: a caption, column headers, and rows; the first cell of a row names it. */
export interface LayerTable {
  caption: string;
  headers: string[];
  rows: string[][];
  /** Columns holding numbers: aligned to the end, as figures are read. */
  numeric?: number[];
  /** A last column of buttons, one per row: `text` shows, `label` names it with its row ("Remove Ana"). */
  actions?: { header: string; items: { id: string; text: string; label: string; onPress: () => void }[] };
}

export class AccessibleLayer {
  private readonly live: HTMLElement;
  private readonly screenEl: HTMLElement;
  private buttons = new Map<string, HTMLButtonElement>();
  /** The title of the screen shown: a different one is a new screen. */
  private shownTitle = '';
  private controls = new Map<string, { el: HTMLElement; focus: HTMLElement }>();
  private readonly announcements = new AnnounceQueue<string | Spoken[]>(
    { clear: () => (this.live.textContent = ''), say: (text) => this.speak(text) },
    (text) => (typeof text === 'string' ? text : text.map((p) => p.text).join(' ')),
  );

  constructor(private readonly root: HTMLElement) {
    this.screenEl = document.createElement('div');
    this.live = document.createElement('div');
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('aria-atomic', 'true');
    this.live.className = 'sr-only';
    this.live.id = 'live';
    root.append(this.screenEl, this.live);
  }

  setLanguage(lang: string, dir: 'ltr' | 'rtl'): void {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
    this.root.lang = lang;
    this.root.dir = dir;
  }

  /** Replace the whole screen. Focus moves to `focusId` if given, so keyboard users land on the next step. */
  show(screen: LayerScreen, focusId?: string): void {
    const hadFocus = this.root.contains(document.activeElement);
    this.fitBox(screen);
    // A new screen starts at its top, as a new page does, when the window is too small to hold it.
    if (screen.title !== this.shownTitle) window.scrollTo?.(0, 0);
    this.shownTitle = screen.title;
    this.screenEl.replaceChildren();
    this.buttons.clear();
    this.controls.clear();
    const h1 = document.createElement('h1');
    h1.className = 'sr-only';
    h1.textContent = screen.title;
    this.screenEl.append(h1);
    for (const [i, para] of (screen.text ?? []).entries()) {
      const p = document.createElement('p');
      p.className = 'sr-only';
      p.textContent = para;
      if (i === 0) p.id = QUESTION_ID;
      this.screenEl.append(p);
    }
    if (screen.review) this.screenEl.append(this.reviewList(screen.review));
    if (screen.tables) {
      const tables = tablePanel(screen.tables);
      // Rows' buttons are the screen's buttons too: focus can be put back on them after a redraw.
      for (const b of tables.querySelectorAll<HTMLButtonElement>('button[data-id]')) this.buttons.set(b.dataset.id!, b);
      this.screenEl.append(tables);
    }
    if (screen.source) this.screenEl.append(sourcePanel(screen.source, (parts) => this.announce(parts)));
    if (screen.form) {
      const form = document.createElement('form');
      form.className = 'form';
      form.setAttribute('aria-label', screen.form.label);
      form.addEventListener('submit', (e) => e.preventDefault());
      place(form, screen.form.rect);
      for (const c of screen.form.controls) {
        const built = buildControl(c);
        form.append(built.el);
        this.controls.set(c.id, built);
      }
      this.screenEl.append(form);
    }
    // Controls drawn below the buttons (the menu's bank and language choice) come after them in
    // the Tab order too, so focus moves down the screen as the eye does.
    const after: HTMLElement[] = [];
    for (const c of screen.controls ?? []) {
      const built = buildControl(c);
      place(built.el, c.rect);
      if (screen.controlsAfterButtons) after.push(built.el);
      else this.screenEl.append(built.el);
      this.controls.set(c.id, built);
    }
    // The answer buttons, grouped under the question they answer.
    const answers = screen.text?.length && screen.buttons.some((b) => ANSWER_ID.test(b.id)) ? answerGroup() : null;
    if (answers) this.screenEl.append(answers);
    for (const b of screen.buttons) {
      const el = document.createElement('button');
      el.type = 'button';
      el.textContent = b.label;
      el.dataset.id = b.id;
      if (b.keyshortcuts) el.setAttribute('aria-keyshortcuts', b.keyshortcuts);
      if (b.pressed !== undefined) el.setAttribute('aria-pressed', String(b.pressed));
      el.disabled = !!b.disabled;
      el.addEventListener('click', () => {
        if (!el.disabled) b.onPress();
      });
      place(el, b.rect);
      (answers && ANSWER_ID.test(b.id) ? answers : this.screenEl).append(el);
      this.buttons.set(b.id, el);
    }
    this.screenEl.append(...after);
    const target = focusId ? (this.buttons.get(focusId) ?? this.controls.get(focusId)?.focus) : undefined;
    if (target) target.focus({ preventScroll: true });
    else if (hadFocus) (this.buttons.values().next().value as HTMLButtonElement | undefined)?.focus({ preventScroll: true });
  }

  /** The page's box (canvas and layer) is at least as tall as the screen needs (page.css). */
  private fitBox(screen: LayerScreen): void {
    this.root.parentElement?.style.setProperty('--screen-min-h', `${Math.round(screen.minHeight ?? 0)}px`);
  }

  /** Move buttons and the review list after a resize without rebuilding them (focus and scroll stay). */
  reposition(screen: LayerScreen): void {
    this.fitBox(screen);
    for (const b of screen.buttons) {
      const el = this.buttons.get(b.id);
      if (el) place(el, b.rect);
    }
    for (const c of screen.controls ?? []) {
      const built = this.controls.get(c.id);
      if (built) place(built.el, c.rect);
    }
    const list = this.screenEl.querySelector<HTMLElement>('.panel');
    if (list && screen.review) place(list, screen.review.rect);
    const form = this.screenEl.querySelector<HTMLElement>('.form');
    if (form && screen.form) place(form, screen.form.rect);
    const tables = this.screenEl.querySelector<HTMLElement>('.tables');
    if (tables && screen.tables) place(tables, screen.tables.rect);
    const source = this.screenEl.querySelector<HTMLElement>('.source');
    if (source && screen.source) {
      place(source, screen.source.rect);
      source.style.height = 'auto';
      source.style.maxHeight = `${screen.source.rect.h}px`;
    }
  }

  /** The id of the layer's button or control that has focus, if one has. */
  focusedId(): string | null {
    const active = document.activeElement;
    for (const [id, el] of this.buttons) if (el === active) return id;
    for (const [id, c] of this.controls) if (c.focus === active) return id;
    return null;
  }

  /** Set an input's value from outside (keeps focus where it is). */
  setControlValue(id: string, value: string): void {
    const el = this.controls.get(id)?.focus;
    if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) el.value = value;
  }

  /**
   * Say something once through the polite live region. Given parts, each is read in its own
   * language where it has one (a source sentence in the article's language). A `main` message
   * (the default: what a screen says) is said at once; an `aside` (a time warning) waits until
   * the message before it has had time to be read, and is dropped if a newer main one comes
   * first (see announceQueue.ts).
   */
  announce(text: string | Spoken[], o: { priority?: Priority } = {}): void {
    this.announcements.push(text, o.priority ?? 'main');
  }

  private speak(text: string | Spoken[]): void {
    if (typeof text === 'string') {
      this.live.textContent = text;
      return;
    }
    this.live.replaceChildren(
      ...text.map((part) => {
        if (!part.lang) return document.createTextNode(part.text);
        const span = document.createElement('span');
        span.lang = part.lang;
        span.textContent = part.text;
        return span;
      }),
    );
  }

  clear(): void {
    this.screenEl.replaceChildren();
    this.buttons.clear();
  }

  private reviewList(review: NonNullable<LayerScreen['review']>): HTMLElement {
    const list = document.createElement('ol');
    list.className = 'panel';
    list.setAttribute('aria-label', review.label);
    list.tabIndex = 0;
    place(list, review.rect);
    for (const item of review.items) {
      const li = document.createElement('li');
      li.className = item.tone;
      li.dataset.elapsedMs = String(item.elapsedMs);
      li.dataset.points = String(item.points);
      const mark = document.createElement('span');
      mark.className = 'mark';
      mark.setAttribute('aria-hidden', 'true');
      mark.textContent = item.mark;
      const body = document.createElement('span');
      const verdict = document.createElement('span');
      verdict.className = 'sr-only';
      verdict.textContent = item.verdict + ' ';
      const prompt = document.createElement('span');
      prompt.textContent = item.prompt;
      const answer = document.createElement('span');
      answer.className = 'answer';
      answer.textContent = item.answer;
      body.append(verdict, prompt, answer);
      const time = document.createElement('span');
      time.className = 'time';
      time.textContent = item.time;
      li.append(mark, body, time);
      list.append(li);
    }
    return list;
  }
}

/** The tables in one scrolling region, reachable by keyboard so a long class list can be scrolled. */
function tablePanel(spec: NonNullable<LayerScreen['tables']>): HTMLElement {
  const region = document.createElement('div');
  region.className = 'tables';
  region.tabIndex = 0;
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', spec.items.map((t) => t.caption).join(', '));
  place(region, spec.rect);
  for (const t of spec.items) {
    const table = document.createElement('table');
    const caption = document.createElement('caption');
    caption.textContent = t.caption;
    const head = document.createElement('tr');
    for (const [i, h] of [...t.headers, ...(t.actions ? [t.actions.header] : [])].entries()) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = h;
      if (t.numeric?.includes(i)) th.className = 'num';
      head.append(th);
    }
    const thead = document.createElement('thead');
    thead.append(head);
    const tbody = document.createElement('tbody');
    for (const [r, row] of t.rows.entries()) {
      const tr = document.createElement('tr');
      for (const [i, cell] of row.entries()) {
        const el = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) (el as HTMLTableCellElement).scope = 'row';
        el.textContent = cell;
        if (t.numeric?.includes(i)) el.className = 'num';
        tr.append(el);
      }
      const action = t.actions?.items[r];
      if (action) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'row-action';
        button.dataset.id = action.id;
        button.textContent = action.text;
        button.setAttribute('aria-label', action.label);
        button.addEventListener('click', () => action.onPress());
        const td = document.createElement('td');
        td.append(button);
        tr.append(td);
      }
      tbody.append(tr);
    }
    table.append(caption, thead, tbody);
    region.append(table);
  }
  return region;
}

const ANSWER_ID = /^answer-\d+$/;
const QUESTION_ID = 'layer-question';

function answerGroup(): HTMLElement {
  const group = document.createElement('div');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-labelledby', QUESTION_ID);
  return group;
}
