import type { BankFileLike } from '../services/bankFileCheck';
import type { LayerScreen } from '../ui/dom/AccessibleLayer';
import { messageLayout, MIN_TOUCH, type Rect } from '../ui/layout';
import { buttonFace, fittedText } from '../ui/canvas/widgets';
import type { PreloadData } from '../game/routes';
import { ScreenScene } from './ScreenScene';

/**
 * An assignment whose bank is neither built in nor on this device: the student is asked to open
 * the bank file their teacher sent, with the button (or a drop) right here. Once the right bank
 * is open, the assignment goes on loading.
 */
export class BankNeededScene extends ScreenScene {
  private d!: PreloadData & { assignment: NonNullable<PreloadData['assignment']> };
  private note = '';

  constructor() {
    super('BankNeeded');
  }

  create(data: PreloadData): void {
    if (!data.assignment) throw new Error('BankNeeded is for assignments');
    this.d = { ...data, assignment: data.assignment };
    this.begin();
    const stop = this.svc.bankFiles.onFile((file) => void this.open(file));
    this.events.once('shutdown', stop);
    this.bindKeys({ confirm: () => this.svc.bankFiles.choose() });
    this.refresh('open-bank');
    this.svc.a11y.announce(`${this.title()}. ${this.message()}`);
  }

  private async open(file: BankFileLike): Promise<void> {
    const { t } = this.svc.i18n;
    const outcome = await this.svc.bankFiles.open(file);
    if (!this.scene.isActive()) return;
    if (outcome.ok && outcome.bank.id === this.d.bankId) {
      this.scene.start('Preload', this.d);
      return;
    }
    this.note = outcome.ok ? t('bankFile.wrongBank', { got: outcome.bank.title, want: this.d.bankId }) : t(outcome.problem.key, outcome.problem.params);
    this.refresh('open-bank');
    this.svc.a11y.announce(this.note);
  }

  private title(): string {
    return this.svc.i18n.t('bankFile.neededTitle');
  }

  private message(): string {
    return this.svc.i18n.t('bankFile.needed', { title: this.d.assignment.assignment.title, id: this.d.bankId });
  }

  private rects(w: number, h: number): { note: Rect; open: Rect; home: Rect } {
    const l = messageLayout(w, h);
    const f = l.frame.font;
    const note: Rect = { x: l.message.x, y: l.message.y + l.message.h - f * 3.6, w: l.message.w, h: f * 3.6 };
    const open = l.button;
    const home: Rect = { ...open, y: open.y + open.h + 12, h: Math.max(MIN_TOUCH, open.h) };
    return { note, open, home };
  }

  protected drawCanvas(w: number, h: number): void {
    const l = messageLayout(w, h);
    const r = this.rects(w, h);
    const f = l.frame.font;
    const { t } = this.svc.i18n;
    fittedText(this, l.title, this.title(), { size: Math.round(f * 1.5), bold: true, align: 'center', color: this.look.colors.accentText });
    const message = this.note ? { ...l.message, h: l.message.h - r.note.h } : l.message;
    fittedText(this, message, `${this.message()}\n${t('bankFile.dropHint')}`, { size: f, align: 'center', valign: 'top' });
    if (this.note) fittedText(this, r.note, this.note, { size: f, align: 'center', color: this.look.colors.wrongText });
    buttonFace(this, r.open, t('bankFile.open'), f);
    buttonFace(this, r.home, t('errors.backToMenu'), f, this.look.colors.panelEdge);
  }

  protected screen(w: number, h: number): LayerScreen {
    const r = this.rects(w, h);
    const { t } = this.svc.i18n;
    return {
      title: this.title(),
      text: [this.message(), t('bankFile.dropHint'), ...(this.note ? [this.note] : [])],
      buttons: [
        { id: 'open-bank', label: t('bankFile.open'), rect: r.open, onPress: () => this.svc.bankFiles.choose() },
        { id: 'home', label: t('errors.backToMenu'), rect: r.home, onPress: () => this.svc.goHome() },
      ],
    };
  }
}
