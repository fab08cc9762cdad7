/**
 * Keyboard play: 1-6 or A-F answer (a question's own card count decides which of them do
 * anything), Enter confirms / goes on, Esc pauses.
 * One listener on the window; the active scene says what each key does.
 */
export interface KeyHandlers {
  answer?: (place: number) => void;
  confirm?: () => void;
  escape?: () => void;
}

const ANSWER_KEYS: Record<string, number> = { '1': 0, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, a: 0, b: 1, c: 2, d: 3, e: 4, f: 5 };

export class KeyboardInput {
  private handlers: KeyHandlers = {};
  private lastWasKeyboard = false;

  constructor(target: Window) {
    target.addEventListener('keydown', (e) => this.onKey(e));
    target.addEventListener('pointerdown', () => (this.lastWasKeyboard = false), { capture: true });
  }

  /**
   * Whether the player is playing by keyboard (the last input was a key, not a tap or click). A
   * text field is focused for them only: on a phone it would pop up the on-screen keyboard, and
   * its blinking caret repaints the page twice a second.
   */
  get usingKeyboard(): boolean {
    return this.lastWasKeyboard;
  }

  /** The scene now on screen takes the keys; returns a function that gives them back. */
  bind(handlers: KeyHandlers): () => void {
    this.handlers = handlers;
    return () => {
      if (this.handlers === handlers) this.handlers = {};
    };
  }

  private onKey(e: KeyboardEvent): void {
    this.lastWasKeyboard = true;
    if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
    const target = e.target as HTMLElement | null;
    // Esc pauses (or leaves) from anywhere, a text box or slider included: nothing types an Esc.
    // A control that used it itself (an open list of suggestions closing) marks it handled, and
    // the next Esc pauses, as the ARIA combobox pattern expects.
    if (e.key === 'Escape') {
      if (e.defaultPrevented || !this.handlers.escape) return;
      e.preventDefault();
      this.handlers.escape();
      return;
    }
    // Typing in a field is typing, not playing.
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (key in ANSWER_KEYS && this.handlers.answer) {
      e.preventDefault();
      this.handlers.answer(ANSWER_KEYS[key]!);
    } else if (key === 'Enter' && this.handlers.confirm) {
      // A focused button answers Enter itself; handling it here too would act twice.
      if (target?.tagName === 'BUTTON') return;
      e.preventDefault();
      this.handlers.confirm();
    }
  }
}
