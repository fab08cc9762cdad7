import { playableCount, type Playable } from '../game/launch';
import type { PreloadData } from '../game/routes';
import type { LiveMode } from '../live/state';
import type { LayerScreen } from '../ui/dom/AccessibleLayer';
import type { LayerControl } from '../ui/dom/layerControls';
import { livePanelLayout } from '../ui/liveLayout';
import { buttonFace, fittedText } from '../ui/canvas/widgets';
import { refusalText } from './liveWords';
import { ScreenScene } from './ScreenScene';

const COUNTS = [3, 5, 10, 15, 20, 30];
const SECONDS = [10, 20, 30, 45, 60, 90];

/**
 * Hosting a live game: which bank, how many questions, how long each, and whether speed scores.
 * "Create the game" makes the room on the live server and goes to the lobby the class joins.
 */
export class LiveSetupScene extends ScreenScene {
  private d!: Playable;
  private count = 10;
  private seconds = 20;
  private mode: LiveMode = 'classic';
  private note = '';
  private busy = false;

  constructor() {
    super('LiveSetup');
  }

  create(data: Playable): void {
    this.d = data;
    this.begin();
    this.note = '';
    this.busy = false;
    this.count = Math.min(10, this.available());
    this.bindKeys({ confirm: () => void this.createGame(), escape: () => this.svc.goHome() });
    this.refresh('live-create');
    this.svc.a11y.announce(`${this.svc.i18n.t('live.hostTitle')}. ${this.bankLine()}`);
  }

  private available(): number {
    return playableCount(this.d.bank);
  }

  private bankLine(): string {
    return this.svc.i18n.t('menu.bankFrom', { title: this.d.bank.title });
  }

  private async createGame(): Promise<void> {
    if (this.busy) return;
    const { t, language } = this.svc.i18n;
    this.busy = true;
    this.note = t('live.connecting');
    this.refresh();
    this.svc.a11y.announce(this.note);
    const made = await this.svc.live.host({ bank: this.d.source ?? this.d.bank, questionCount: this.count, timeLimitS: this.seconds, mode: this.mode, lang: language });
    if (!this.scene.isActive()) return;
    this.busy = false;
    if (made.ok) {
      this.svc.setLink({ host: made.connection.pin, bank: null, seed: null });
      return void this.scene.start('LiveHost', {});
    }
    this.note = refusalText(this.svc.i18n, made.reason);
    this.refresh('live-create');
    this.svc.a11y.announce(this.note);
  }

  private chooseBank(choice: string): void {
    if (choice === this.svc.bankShelf.current) return;
    this.svc.bankShelf.choose(choice);
    this.scene.start('Preload', { bankId: choice, host: true } satisfies PreloadData);
  }

  private layout(w: number, h: number) {
    return livePanelLayout(w, h, { buttons: 2, bodyLines: 2, panel: true });
  }

  protected drawCanvas(w: number, h: number): void {
    const l = this.layout(w, h);
    const f = l.frame.font;
    const { t } = this.svc.i18n;
    fittedText(this, l.title, t('live.hostTitle'), { size: Math.round(f * 1.5), bold: true, align: 'center', color: this.look.colors.accentText });
    fittedText(this, l.body, this.note || this.bankLine(), { size: f, align: 'center', valign: 'top', color: this.note && !this.busy ? this.look.colors.wrongText : this.look.colors.text });
    buttonFace(this, l.buttons[0]!, t('live.create'), f);
    buttonFace(this, l.buttons[1]!, t('errors.backToMenu'), f, this.look.colors.panelEdge);
  }

  protected screen(w: number, h: number): LayerScreen {
    const l = this.layout(w, h);
    const { t, number } = this.svc.i18n;
    const max = this.available();
    const counts = [...new Set([...COUNTS.filter((c) => c < max), max])].filter((c) => c <= 50);
    const choices = this.svc.bankShelf.options(this.d.bank.title);
    const controls: LayerControl[] = [
      ...(choices.length > 1 ? [{ kind: 'select' as const, id: 'live-bank', label: t('bankFile.choice'), rect: l.panel, value: this.svc.bankShelf.current, options: choices, onChange: (v: string) => this.chooseBank(v) }] : []),
      { kind: 'select', id: 'live-count', label: t('live.questionCount'), rect: l.panel, value: String(this.count), options: counts.map((c) => ({ value: String(c), label: number(c) })), onChange: (v) => (this.count = Number(v)) },
      { kind: 'select', id: 'live-seconds', label: t('live.secondsEach'), rect: l.panel, value: String(this.seconds), options: SECONDS.map((c) => ({ value: String(c), label: t('live.seconds', { count: c }) })), onChange: (v) => (this.seconds = Number(v)) },
      {
        kind: 'select',
        id: 'live-mode',
        label: t('live.scoring'),
        rect: l.panel,
        value: this.mode,
        options: [
          { value: 'classic', label: t('live.mode_classic') },
          { value: 'accuracy', label: t('live.mode_accuracy') },
        ],
        onChange: (v) => (this.mode = v === 'accuracy' ? 'accuracy' : 'classic'),
      },
    ];
    return {
      title: t('live.hostTitle'),
      text: [this.note || this.bankLine()],
      form: { rect: l.panel, label: t('live.hostTitle'), controls },
      buttons: [
        { id: 'live-create', label: t('live.create'), rect: l.buttons[0]!, disabled: this.busy, onPress: () => void this.createGame() },
        { id: 'home', label: t('errors.backToMenu'), rect: l.buttons[1]!, onPress: () => this.svc.goHome() },
      ],
    };
  }
}
