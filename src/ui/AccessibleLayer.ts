/**
 * The DOM twin of every screen (DESIGN.md "The accessible layer"). The canvas is invisible to
 * screen readers and browser tests, so each screen also exists here: a heading and text for
 * reading, a polite live region for announcements, and real <button>s laid exactly over the
 * cards the canvas draws. Mouse, touch, keyboard and screen readers all press the same buttons.
 */
import type { Rect } from './layout';

export interface LayerButton {
  id: string;
  /** The accessible name: the same text the player sees on the canvas. */
  label: string;
  rect: Rect;
  onPress: () => void;
  disabled?: boolean;
  keyshortcuts?: string;
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
  /** Paragraphs of what the canvas shows. */
  text?: string[];
  buttons: LayerButton[];
  review?: { label: string; rect: Rect; items: ReviewItem[] };
}

export class AccessibleLayer {
  private readonly live: HTMLElement;
  private readonly screenEl: HTMLElement;
  private buttons = new Map<string, HTMLButtonElement>();
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

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
    this.screenEl.replaceChildren();
    this.buttons.clear();
    const h1 = document.createElement('h1');
    h1.className = 'sr-only';
    h1.textContent = screen.title;
    this.screenEl.append(h1);
    for (const para of screen.text ?? []) {
      const p = document.createElement('p');
      p.className = 'sr-only';
      p.textContent = para;
      this.screenEl.append(p);
    }
    if (screen.review) this.screenEl.append(this.reviewList(screen.review));
    for (const b of screen.buttons) {
      const el = document.createElement('button');
      el.type = 'button';
      el.textContent = b.label;
      el.dataset.id = b.id;
      if (b.keyshortcuts) el.setAttribute('aria-keyshortcuts', b.keyshortcuts);
      el.disabled = !!b.disabled;
      el.addEventListener('click', () => {
        if (!el.disabled) b.onPress();
      });
      place(el, b.rect);
      this.screenEl.append(el);
      this.buttons.set(b.id, el);
    }
    const target = focusId ? this.buttons.get(focusId) : undefined;
    if (target) target.focus({ preventScroll: true });
    else if (hadFocus) (this.buttons.values().next().value as HTMLButtonElement | undefined)?.focus({ preventScroll: true });
  }

  /** Move buttons and the review list after a resize without rebuilding them (focus and scroll stay). */
  reposition(screen: LayerScreen): void {
    for (const b of screen.buttons) {
      const el = this.buttons.get(b.id);
      if (el) place(el, b.rect);
    }
    const list = this.screenEl.querySelector<HTMLElement>('.panel');
    if (list && screen.review) place(list, screen.review.rect);
  }

  /** Say something once through the polite live region. */
  announce(text: string): void {
    // Clearing first makes a screen reader speak a repeated message again.
    this.live.textContent = '';
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.live.textContent = text;
    }, 30);
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

function place(el: HTMLElement, r: Rect): void {
  el.style.left = `${r.x}px`;
  el.style.top = `${r.y}px`;
  el.style.width = `${r.w}px`;
  el.style.height = `${r.h}px`;
}
