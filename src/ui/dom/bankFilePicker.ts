/**
 * The page's one file input for bank files, and the whole page as a drop target. The input sits
 * outside the accessible layer's screens, so a file chosen while a screen redraws still arrives.
 * Keyboard and screen-reader users reach it through the menu's "Open a bank file" button; a drop
 * is the mouse's shortcut to the same thing.
 */
import type { BankFileLike } from '../../services/bankFileCheck';
import type { FilePicker } from '../../services/bankFiles';

/** Whether a drag carries files (not text or a link): the drag data type is "Files". */
const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).some((t) => t.toLowerCase() === 'files');

export class BankFilePicker implements FilePicker {
  private readonly input: HTMLInputElement;
  private listener: ((file: BankFileLike) => void) | null = null;

  /** `label`: the input's accessible name, in the player's language. */
  constructor(root: HTMLElement, label: string) {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bank-file';
    input.accept = '.json,application/json';
    input.className = 'sr-only';
    // Not a second tab stop beside the button that opens it.
    input.tabIndex = -1;
    input.setAttribute('aria-label', label);
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      // Emptied, so choosing the same file again (an updated bank) is a change again.
      input.value = '';
      if (file) this.listener?.(file);
    });
    root.append(input);
    this.input = input;
    // A file dropped anywhere never makes the browser leave the game to show it, whatever screen
    // is up; only a screen that listens opens it.
    window.addEventListener('dragover', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = this.listener ? 'copy' : 'none';
    });
    window.addEventListener('drop', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) this.listener?.(file);
    });
  }

  choose(): void {
    this.input.click();
  }

  onFile(listener: (file: BankFileLike) => void): () => void {
    this.listener = listener;
    return () => {
      if (this.listener === listener) this.listener = null;
    };
  }
}
