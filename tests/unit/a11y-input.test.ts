/**
 * Keyboard reach and touch size that need no browser: Esc reaches the screen's action from a
 * focused text box or slider unless the control used it itself, and the settings screen's
 * canvas button is a 44 px target at every size.
 */
import { describe, expect, it } from 'vitest';
import { KeyboardInput } from '../../src/ui/dom/keys';
import { MIN_TOUCH, settingsLayout } from '../../src/ui/layout';

type Listener = (e: unknown) => void;

/** A window that only collects listeners, and a key press aimed at an element of a given tag. */
function keyboard() {
  const listeners: Record<string, Listener[]> = {};
  const target = { addEventListener: (type: string, f: Listener) => (listeners[type] ??= []).push(f) } as unknown as Window;
  const input = new KeyboardInput(target);
  const press = (key: string, tagName: string, handledAlready = false) => {
    const e = { key, target: { tagName, isContentEditable: false }, defaultPrevented: handledAlready, ctrlKey: false, metaKey: false, altKey: false, repeat: false, preventDefault() {} };
    for (const f of listeners.keydown ?? []) f(e);
  };
  return { input, press };
}

describe('Esc', () => {
  it.each(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'DIV'])('reaches the pause action from a focused %s', (tag) => {
    const { input, press } = keyboard();
    let paused = 0;
    input.bind({ escape: () => paused++ });
    press('Escape', tag);
    expect(paused).toBe(1);
  });

  it('is left to a control that used it (an open list closing)', () => {
    const { input, press } = keyboard();
    let paused = 0;
    input.bind({ escape: () => paused++ });
    press('Escape', 'INPUT', true);
    expect(paused).toBe(0);
  });

  it('typing in a text box still types: letters and digits do not answer', () => {
    const { input, press } = keyboard();
    const answered: number[] = [];
    input.bind({ answer: (p) => answered.push(p) });
    press('a', 'INPUT');
    press('2', 'INPUT');
    press('b', 'DIV');
    expect(answered).toEqual([1]);
  });
});

describe('the settings screen', () => {
  it.each([
    [320, 256],
    [360, 640],
    [390, 844],
    [1280, 720],
    [1920, 1080],
  ])('draws Done as a 44 px target at %i x %i', (w, h) => {
    const done = settingsLayout(w, h).done;
    expect(done.h).toBeGreaterThanOrEqual(MIN_TOUCH);
    expect(done.w).toBeGreaterThanOrEqual(MIN_TOUCH);
  });
});
