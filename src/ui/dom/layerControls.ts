/**
 * Visible DOM controls for answers a card cannot hold: a slider with a keypad for estimates,
 * year / month / day pickers for dates, a place search for maps, and the map's tap surface.
 * Native inputs bring keyboard, touch and screen-reader support with them; the canvas draws
 * the scene around them.
 */
import type { Rect } from '../layout';

export type LayerControl =
  | { kind: 'range'; id: string; label: string; rect: Rect; min: number; max: number; step: number; value: number; valueText: (v: number) => string; onInput: (v: number) => void; onEnter?: () => void }
  | { kind: 'number'; id: string; label: string; rect: Rect; value: number | null; min?: number; max?: number; onInput: (v: number | null) => void; onEnter?: () => void }
  | { kind: 'select'; id: string; label: string; rect: Rect; options: { value: string; label: string; lang?: string }[]; value: string; onChange: (v: string) => void }
  | { kind: 'search'; id: string; label: string; rect: Rect; placeholder: string; suggest: (query: string) => { value: string; label: string }[]; onPick: (value: string) => void; listLabel: string }
  | { kind: 'surface'; id: string; label: string; rect: Rect; onPoint: (x: number, y: number) => void }
  /** `numeric`: digits only, such as a game PIN: a phone shows its number pad, nothing is autofilled. */
  | { kind: 'text'; id: string; label: string; rect: Rect; value: string; maxLength: number; onInput: (v: string) => void; onEnter?: () => void; numeric?: boolean }
  /** A code to copy: read-only, selectable, named by its label. */
  | { kind: 'code'; id: string; label: string; rect: Rect; value: string; qrLabel?: string }
  | { kind: 'toggle'; id: string; label: string; rect: Rect; checked: boolean; onChange: (v: boolean) => void };

export function placeEl(el: HTMLElement, r: Rect): void {
  el.style.left = `${r.x}px`;
  el.style.top = `${r.y}px`;
  el.style.width = `${r.w}px`;
  el.style.height = `${r.h}px`;
}

function labelled(id: string, text: string, input: HTMLElement): HTMLElement {
  const wrap = document.createElement('label');
  wrap.className = 'control';
  wrap.htmlFor = `ctl-${id}`;
  input.id = `ctl-${id}`;
  const span = document.createElement('span');
  span.className = 'control-label';
  span.textContent = text;
  wrap.append(span, input);
  return wrap;
}

const onEnterKey = (el: HTMLElement, f?: () => void) => {
  if (!f) return;
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      f();
    }
  });
};

/** Builds one control; returns its outer element (placed by the caller) and what takes focus. */
export function buildControl(c: LayerControl): { el: HTMLElement; focus: HTMLElement } {
  switch (c.kind) {
    case 'range': {
      const input = document.createElement('input');
      input.type = 'range';
      input.min = String(c.min);
      input.max = String(c.max);
      input.step = String(c.step);
      input.value = String(c.value);
      input.setAttribute('aria-valuetext', c.valueText(c.value));
      input.addEventListener('input', () => {
        const v = Number(input.value);
        input.setAttribute('aria-valuetext', c.valueText(v));
        c.onInput(v);
      });
      onEnterKey(input, c.onEnter);
      return { el: labelled(c.id, c.label, input), focus: input };
    }
    case 'number': {
      const input = document.createElement('input');
      input.type = 'text';
      input.inputMode = 'numeric';
      input.autocomplete = 'off';
      input.value = c.value === null ? '' : String(c.value);
      input.addEventListener('input', () => {
        const digits = input.value.replace(/[^\d]/g, '');
        c.onInput(digits === '' ? null : Number(digits));
      });
      onEnterKey(input, c.onEnter);
      return { el: labelled(c.id, c.label, input), focus: input };
    }
    case 'text': {
      const input = document.createElement('input');
      input.type = 'text';
      input.autocomplete = c.numeric ? 'off' : 'name';
      if (c.numeric) input.inputMode = 'numeric';
      input.maxLength = c.maxLength;
      input.value = c.value;
      input.addEventListener('input', () => c.onInput(input.value));
      onEnterKey(input, c.onEnter);
      return { el: labelled(c.id, c.label, input), focus: input };
    }
    case 'code': {
      const area = document.createElement('textarea');
      area.readOnly = true;
      area.value = c.value;
      // Found by its id too (a live game's PIN is `pin`), as the layer's buttons are.
      area.dataset.id = c.id;
      area.rows = 3;
      area.spellcheck = false;
      area.addEventListener('focus', () => area.select());
      const el = labelled(c.id, c.label, area);
      if (c.qrLabel) {
        // The same code as a QR code beside the text, for a teacher's phone to scan.
        const row = document.createElement('div');
        row.className = 'code-row';
        row.append(area);
        el.append(row);
        const qrLabel = c.qrLabel;
        // The QR encoder loads only when a code is shown (a student's results), not with the game.
        void import('./qr').then(({ qrSvg }) => row.append(qrSvg(c.value, qrLabel)));
      }
      return { el, focus: area };
    }
    case 'select': {
      const select = document.createElement('select');
      for (const o of c.options) {
        const opt = document.createElement('option');
        opt.value = o.value;
        opt.textContent = o.label;
        // A language's own name is read in that language.
        if (o.lang) opt.lang = o.lang;
        select.append(opt);
      }
      select.value = c.value;
      select.addEventListener('change', () => c.onChange(select.value));
      return { el: labelled(c.id, c.label, select), focus: select };
    }
    case 'toggle': {
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.checked = c.checked;
      input.addEventListener('change', () => c.onChange(input.checked));
      const el = labelled(c.id, c.label, input);
      el.classList.add('toggle');
      return { el, focus: input };
    }
    case 'search':
      return buildSearch(c);
    case 'surface': {
      const el = document.createElement('div');
      el.className = 'surface';
      // Pointer-only: the place search beside it is the keyboard and screen-reader way in.
      el.setAttribute('aria-hidden', 'true');
      el.addEventListener('click', (e) => {
        const r = el.getBoundingClientRect();
        c.onPoint(e.clientX - r.left + c.rect.x, e.clientY - r.top + c.rect.y);
      });
      return { el, focus: el };
    }
  }
}

function buildSearch(c: Extract<LayerControl, { kind: 'search' }>): { el: HTMLElement; focus: HTMLElement } {
  const box = document.createElement('div');
  box.className = 'search';
  const input = document.createElement('input');
  input.type = 'search';
  input.placeholder = c.placeholder;
  input.autocomplete = 'off';
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  const list = document.createElement('ul');
  list.id = `ctl-${c.id}-list`;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', c.listLabel);
  input.setAttribute('aria-controls', list.id);
  let active = -1;
  let items: { value: string; label: string }[] = [];
  const render = () => {
    list.replaceChildren();
    items.forEach((item, i) => {
      const li = document.createElement('li');
      li.id = `${list.id}-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === active));
      li.textContent = item.label;
      li.addEventListener('mousedown', (e) => e.preventDefault());
      li.addEventListener('click', () => pick(i));
      list.append(li);
    });
    input.setAttribute('aria-expanded', String(items.length > 0));
    // An empty list is hidden: a listbox with no options is no list to offer (and axe says so).
    list.hidden = items.length === 0;
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (i: number) => {
    const item = items[i];
    if (!item) return;
    input.value = item.label;
    items = [];
    active = -1;
    render();
    c.onPick(item.value);
  };
  input.addEventListener('input', () => {
    items = input.value.trim() ? c.suggest(input.value) : [];
    active = items.length > 0 ? 0 : -1;
    render();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (items.length === 0) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      render();
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape' && items.length > 0) {
      // An open list closes on Esc and keeps the text; marked handled, so this Esc does not
      // also pause the round (keys.ts). The next Esc does.
      e.preventDefault();
      items = [];
      active = -1;
      render();
    }
  });
  list.hidden = true;
  box.append(labelled(c.id, c.label, input), list);
  return { el: box, focus: input };
}
