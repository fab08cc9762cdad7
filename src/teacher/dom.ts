/** Small DOM helpers for the teacher page: every text goes in as textContent, never markup. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined) continue;
    if (k === 'text') e.textContent = v;
    else if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null) e.append(c);
  return e;
}

/** A labelled input: the label names the control for screen readers and tests. */
export function field(id: string, label: string, input: HTMLInputElement | HTMLTextAreaElement): HTMLElement {
  input.id = id;
  return el('div', {}, el('label', { for: id, text: label }), input);
}

/**
 * A name set inside a sentence, isolated for the bidirectional algorithm (U+2068…U+2069), so an
 * Arabic title in an English sentence, or a Latin one in Arabic, keeps its quotes and full stop
 * where they belong. Screen readers skip the two marks.
 */
export const isolate = (name: string): string => `\u2068${name}\u2069`;

/**
 * Makes `buttons` one Tab stop (a toolbar, as the WAI-ARIA pattern has it): Tab reaches the
 * button last used, the arrow keys move along the row (mirrored for right-to-left), Home and
 * End go to its ends.
 */
export function rovingFocus(bar: HTMLElement, buttons: readonly HTMLElement[], dir: 'ltr' | 'rtl'): void {
  const current = (i: number) => buttons.forEach((b, j) => (b.tabIndex = j === i ? 0 : -1));
  current(0);
  bar.addEventListener('focusin', (e) => {
    const i = buttons.indexOf(e.target as HTMLElement);
    if (i >= 0) current(i);
  });
  bar.addEventListener('keydown', (e) => {
    const at = buttons.indexOf(e.target as HTMLElement);
    if (at < 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const n = buttons.length;
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : step ? (at + (dir === 'rtl' ? -step : step) + n) % n : null;
    if (to === null) return;
    e.preventDefault();
    current(to);
    buttons[to]!.focus();
  });
}
