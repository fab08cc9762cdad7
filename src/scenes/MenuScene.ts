import type { Bank } from '../core/bank/schema';
import type { BankFileLike, BankFileMessage } from '../services/bankFileCheck';
import type { BankOption } from '../services/bankShelf';
import type { LayerButton, LayerScreen } from '../ui/dom/AccessibleLayer';
import type { LayerControl } from '../ui/dom/layerControls';
import { citation } from '../ui/text/feedback';
import { menuHeightNeeded, menuLayout, MIN_TOUCH, type MenuLayout, type MenuOptions, type Rect } from '../ui/layout';
import { buttonFace, fittedText } from '../ui/canvas/widgets';
import { languageControl } from './languageControl';
import type { MenuData, PreloadData } from '../game/routes';
import type { Playable } from '../game/launch';
import type { Standing } from '../services/play';
import { ScreenScene } from './ScreenScene';
import { startLive } from './startLive';

export class MenuScene extends ScreenScene {
  private bank!: Bank;
  private playable!: Playable;
  /** What became of the last bank file opened or removed, until the menu is left. */
  private fileNote = '';
  /** The bank choice, read once per visit: opening or removing a bank comes back through loading. */
  private choices: BankOption[] = [];
  /** A live server answered on this site: the menu offers hosting and joining a live game. */
  private live = false;
  /** The standing the last canvas draw showed, for its accessible twin. */
  private drawn: Standing | null = null;

  constructor() {
    super('Menu');
  }

  create(data: MenuData): void {
    this.playable = data;
    this.bank = data.bank;
    this.drawn = null;
    this.begin();
    // A round left unfinished (tab closed, page reloaded) comes back before anything else.
    const resume = this.svc.play.resume(data);
    if (resume) {
      this.scene.start('Round', resume);
      return;
    }
    // Between rounds is the one time a new version may be offered; it redraws the menu when it lands.
    const stop = this.svc.updates.onReady(() => this.refresh());
    this.events.once('shutdown', stop);
    this.svc.updates.check();
    this.bindKeys({ confirm: () => this.play() });
    this.fileNote = this.noteText(this.svc.bankShelf.takeNote());
    this.choices = this.svc.bankShelf.options(this.bank.title);
    // A bank file chosen with the button, or dropped on the page.
    const stopFiles = this.svc.bankFiles.onFile((file) => void this.openFile(file));
    this.events.once('shutdown', stopFiles);
    this.live = false;
    this.refresh('play');
    // The static site alone has no live server: live play is offered only once one answers.
    void this.svc.live.available().then((yes) => {
      if (!yes || !this.scene.isActive()) return;
      this.live = true;
      this.refresh(this.svc.a11y.focusedId() ?? undefined);
    });
    const notes = this.notes();
    if (notes.length) this.svc.a11y.announce(notes.join(' '));
  }

  private play(): void {
    this.svc.audio.play('button');
    this.scene.start('Round', this.svc.play.play(this.playable));
  }

  private daily(): void {
    this.svc.audio.play('button');
    this.scene.start('Round', this.svc.play.daily(this.playable));
  }

  private missed(): void {
    const launch = this.svc.play.missed(this.playable);
    if (!launch) return;
    this.svc.audio.play('button');
    this.scene.start('Round', launch);
  }

  private async openFile(file: BankFileLike): Promise<void> {
    const opened = await this.svc.bankFiles.openToPlay(file);
    if (!this.scene.isActive()) return;
    if (opened.ok) return this.playBank(opened.play);
    // Refused: the bank being played stays, and the menu says why.
    this.fileNote = this.noteText(opened.problem);
    this.refresh('open-bank');
    this.svc.a11y.announce(this.fileNote);
  }

  private playBank(choice: string): void {
    this.scene.start('Preload', { bankId: choice } satisfies PreloadData);
  }

  private chooseBank(choice: string): void {
    if (choice === this.svc.bankShelf.current) return;
    this.svc.bankShelf.choose(choice);
    this.playBank(choice);
  }

  private removeBank(): void {
    void this.svc.bankFiles.removeCurrent().then((next) => {
      if (this.scene.isActive()) this.playBank(next);
    });
  }

  private noteText(m: BankFileMessage | null): string {
    return m ? this.svc.i18n.t(m.key, m.params) : '';
  }

  private notes(): string[] {
    const { t } = this.svc.i18n;
    const out: string[] = this.fileNote ? [this.fileNote] : [];
    const lang = this.svc.params.unsupportedLang;
    if (lang) out.push(t('errors.langUnsupported', { lang }));
    if (this.svc.updates.ready()) out.push(t('menu.updateReady'));
    const problem = this.svc.storageProblem();
    if (problem) out.push(t(problem === 'corrupted' ? 'errors.storageCorrupted' : 'errors.storage'));
    return out;
  }

  /**
   * The player's standing, asked once per draw: the canvas and its accessible twin are drawn one
   * after the other from the same answer (it scans the bank's questions for those due).
   */
  private standing(fresh: boolean): Standing {
    if (fresh || !this.drawn) this.drawn = this.svc.play.standing(this.bank);
    return this.drawn;
  }

  private lines(s: Standing): string[] {
    const { t, number } = this.svc.i18n;
    const { mode, questions: count, limitMs: limit, best, dailyStreak, last } = s;
    return [
      t('menu.bankFrom', { title: this.bank.title }),
      citation(this.bank, this.svc.i18n).replace(`${this.bank.article.title}, `, '') || t('menu.sourceUnknown'),
      `${limit === null ? t('menu.roundInfoUntimed', { count }) : t('menu.roundInfo', { count, seconds: number(limit / 1000) })} · ${t(`settings.mode_${mode}`)}`,
      [best ? t('menu.best', { points: number(best.points) }) : null, dailyStreak > 0 ? t('menu.dailyStreak', { count: dailyStreak }) : null].filter(Boolean).join(' · '),
      last ? t('menu.lastRound', { points: number(last.points), correct: number(last.correct), asked: number(last.asked) }) : '',
    ].filter((l) => l !== '');
  }

  /** Remove this bank: only for a bank kept on the device. */
  private removable(): boolean {
    return this.svc.bankShelf.deviceId() !== null;
  }

  private layoutOptions(): MenuOptions {
    return { actions: (this.removable() ? 5 : 4) + (this.live ? 2 : 0), bankChoice: this.choices.length > 1 };
  }

  private buttons(w: number, h: number, s: Standing): LayerButton[] {
    const l = menuLayout(w, h, this.look.rtl, this.layoutOptions());
    const { t } = this.svc.i18n;
    const { missed, playedToday } = s;
    return [
      { id: 'play', label: t('menu.play'), rect: l.play, onPress: () => this.play(), keyshortcuts: 'Enter' },
      { id: 'daily', label: playedToday ? t('menu.dailyAgain') : t('menu.daily'), rect: l.more[0]!, onPress: () => this.daily() },
      { id: 'missed', label: t('menu.missed', { count: missed }), rect: l.more[1]!, onPress: () => this.missed(), disabled: missed === 0 },
      { id: 'settings', label: t('menu.settings'), rect: l.more[2]!, onPress: () => this.scene.start('Settings', this.playable) },
      // The keyboard's and screen reader's way to what a drop on the page does.
      { id: 'open-bank', label: t('bankFile.open'), rect: l.more[3]!, onPress: () => this.svc.bankFiles.choose() },
      ...(this.removable() ? [{ id: 'remove-bank', label: t('bankFile.remove'), rect: l.more[4]!, onPress: () => this.removeBank() }] : []),
      ...(this.live
        ? [
            { id: 'live-host', label: t('live.hostMenu'), rect: l.more[l.more.length - 2]!, onPress: () => startLive(this, 'LiveSetup', this.playable) },
            { id: 'live-join', label: t('live.joinMenu'), rect: l.more[l.more.length - 1]!, onPress: () => startLive(this, 'LiveJoin', {}) },
          ]
        : []),
      ...(this.svc.updates.ready() ? [{ id: 'update', label: t('menu.update'), rect: updateRect(l), onPress: () => this.svc.updates.apply() }] : []),
    ];
  }

  protected drawCanvas(w: number, h: number): void {
    const l = menuLayout(w, h, this.look.rtl, this.layoutOptions());
    const f = l.frame.font;
    const { t } = this.svc.i18n;
    fittedText(this, l.title, t('app.name'), { size: Math.round(f * 2.6), bold: true, align: 'center', color: this.look.colors.accentText });
    fittedText(this, l.tagline, t('app.tagline'), { size: f, align: 'center', color: this.look.colors.muted });
    const s = this.standing(true);
    fittedText(this, l.bank, this.lines(s).join('\n'), { size: f, align: 'center' });
    this.buttons(w, h, s).forEach((b, i) => buttonFace(this, b.rect, b.label, i === 0 ? Math.round(f * 1.2) : f, i === 0 ? this.look.colors.button : b.disabled ? this.look.colors.panel : this.look.colors.panelEdge));
    const notes = this.notes();
    if (notes.length) fittedText(this, l.notes, notes.join('\n'), { size: f, align: 'center', color: this.look.colors.accentText });
    // An offered update takes the keys hint's place: the one row every layout keeps on screen.
    if (!this.svc.updates.ready()) fittedText(this, l.hint, t('menu.keysHint'), { size: 16, align: 'center', color: this.look.colors.muted });
  }

  protected screen(w: number, h: number): LayerScreen {
    const { t } = this.svc.i18n;
    const l = menuLayout(w, h, this.look.rtl, this.layoutOptions());
    const controls: LayerControl[] = [languageControl(this.svc, l.language)];
    if (l.bankChoice) {
      controls.unshift({ kind: 'select', id: 'bank', label: t('bankFile.choice'), rect: l.bankChoice, value: this.svc.bankShelf.current, options: this.choices, onChange: (v) => this.chooseBank(v) });
    }
    return {
      title: t('app.name'),
      text: [t('app.tagline'), ...this.lines(this.standing(false)), ...this.notes(), t('menu.keysHint')],
      buttons: this.buttons(w, h, this.standing(false)),
      controls,
      controlsAfterButtons: true,
      minHeight: menuHeightNeeded(w, this.look.rtl, this.layoutOptions()),
    };
  }
}

/** The update button, in the keys hint's row at the foot of the menu, at least a touch target tall. */
function updateRect(l: MenuLayout): Rect {
  const h = Math.max(MIN_TOUCH, Math.round(l.hint.h));
  const w = Math.min(360, l.hint.w);
  // Any extra height goes down into the frame's padding, not up into the language list.
  return { x: Math.round(l.hint.x + (l.hint.w - w) / 2), y: Math.round(l.hint.y), w, h };
}
