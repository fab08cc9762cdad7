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
 * Makes `items` one Tab stop (a toolbar or a list, as the WAI-ARIA composite patterns have it):
 * Tab reaches the item last used, the arrow keys move along it (Left and Right, mirrored for
 * right-to-left, along a row; Up and Down down a column), Home and End go to its ends. `items`
 * may be a function for a list whose items are replaced; call the returned `reset` after that.
 */
export function rovingFocus(bar: HTMLElement, items: readonly HTMLElement[] | (() => readonly HTMLElement[]), dir: 'ltr' | 'rtl', orientation: 'horizontal' | 'vertical' = 'horizontal'): () => void {
  const all = () => (typeof items === 'function' ? items() : items);
  const current = (i: number) => all().forEach((b, j) => (b.tabIndex = j === i ? 0 : -1));
  current(0);
  bar.addEventListener('focusin', (e) => {
    const i = all().indexOf(e.target as HTMLElement);
    if (i >= 0) current(i);
  });
  bar.addEventListener('keydown', (e) => {
    const list = all();
    const at = list.indexOf(e.target as HTMLElement);
    if (at < 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    const [back, forward] = orientation === 'vertical' ? ['ArrowUp', 'ArrowDown'] : dir === 'rtl' ? ['ArrowRight', 'ArrowLeft'] : ['ArrowLeft', 'ArrowRight'];
    const step = e.key === forward ? 1 : e.key === back ? -1 : 0;
    const n = list.length;
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : step ? (at + step + n) % n : null;
    if (to === null) return;
    e.preventDefault();
    current(to);
    list[to]!.focus();
  });
  return () => current(0);
}
