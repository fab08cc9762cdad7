import { createRng } from '../core/rng';
import { generateName } from '../live/nameGenerator';
import { checkName, NAME_MAX } from '../live/names';
import type { LiveJoinData } from '../game/routes';
import type { LayerScreen } from '../ui/dom/AccessibleLayer';
import type { LayerControl } from '../ui/dom/layerControls';
import { livePanelLayout } from '../ui/liveLayout';
import { buttonFace, fittedText } from '../ui/canvas/widgets';
import { refusalText } from './liveWords';
import { ScreenScene } from './ScreenScene';

/**
 * Joining a live game on a phone: the PIN (from the link, or typed) and a name, checked here as
 * the room will check it, or one made up by the name generator. A tab that was in the game before
 * a reload goes straight back in, with its name and points.
 */
export class LiveJoinScene extends ScreenScene {
  private pin = '';
  private name = '';
  private note = '';
  private busy = false;

  constructor() {
    super('LiveJoin');
  }

  create(data: LiveJoinData): void {
    this.begin();
    this.pin = data.pin ?? '';
    this.name = '';
    this.note = '';
    this.busy = false;
    this.bindKeys({ confirm: () => void this.join(), escape: () => this.svc.goHome() });
    if (this.pin && this.svc.live.savedRole(this.pin) === 'player') {
      void this.comeBack();
      return;
    }
    this.refresh(this.pin ? 'live-name' : 'live-pin');
    this.svc.a11y.announce(`${this.svc.i18n.t('live.joinTitle')}. ${this.svc.i18n.t('live.joinHint')}`);
  }

  private async comeBack(): Promise<void> {
    this.busy = true;
    this.refresh();
    this.svc.a11y.announce(this.svc.i18n.t('live.connecting'));
    const back = await this.svc.live.resume(this.pin, this.svc.i18n.language);
    if (!this.scene.isActive()) return;
    if (back.ok) return void this.scene.start('LivePlay');
    this.busy = false;
    this.say(refusalText(this.svc.i18n, back.reason), 'live-name');
  }

  private say(note: string, focus: string): void {
    this.note = note;
    this.refresh(focus);
    this.svc.a11y.announce(note);
  }

  private suggest(): void {
    this.name = generateName(this.svc.i18n.language, createRng(this.svc.newSeed()));
    this.note = '';
    this.refresh('live-suggest');
    this.svc.a11y.announce(this.svc.i18n.t('live.suggested', { name: this.name }));
  }

  private async join(): Promise<void> {
    if (this.busy) return;
    const { t, language } = this.svc.i18n;
    const pin = this.pin.replace(/\s+/g, '');
    if (!/^\d{6,12}$/.test(pin)) return this.say(t('live.pinInvalid'), 'live-pin');
    const checked = checkName(this.name);
    if (!checked.ok) return this.say(refusalText(this.svc.i18n, `name-${checked.problem}`), 'live-name');
    this.busy = true;
    this.note = t('live.connecting');
    this.refresh();
    this.svc.a11y.announce(this.note);
    const joined = await this.svc.live.join(pin, checked.name, language);
    if (!this.scene.isActive()) return;
    this.busy = false;
    if (joined.ok) {
      this.svc.setLink({ live: pin });
      return void this.scene.start('LivePlay');
    }
    this.say(refusalText(this.svc.i18n, joined.reason), joined.reason.startsWith('name') ? 'live-name' : 'live-pin');
  }

  private layout(w: number, h: number) {
    return livePanelLayout(w, h, { buttons: 3, bodyLines: 3, panel: true });
  }

  protected drawCanvas(w: number, h: number): void {
    const l = this.layout(w, h);
    const f = l.frame.font;
    const { t } = this.svc.i18n;
    fittedText(this, l.title, t('live.joinTitle'), { size: Math.round(f * 1.5), bold: true, align: 'center', color: this.look.colors.accentText });
    fittedText(this, l.body, this.note || t('live.joinHint'), { size: f, align: 'center', valign: 'top', color: this.note ? this.look.colors.wrongText : this.look.colors.text });
    const [join, suggest, home] = l.buttons;
    buttonFace(this, join!, t('live.join'), f);
    buttonFace(this, suggest!, t('live.suggestName'), f, this.look.colors.panelEdge);
    buttonFace(this, home!, t('errors.backToMenu'), f, this.look.colors.panelEdge);
  }

  protected screen(w: number, h: number): LayerScreen {
    const l = this.layout(w, h);
    const { t } = this.svc.i18n;
    const controls: LayerControl[] = [
      { kind: 'text', id: 'live-pin', label: t('live.pinLabel'), rect: l.panel, value: this.pin, maxLength: 14, numeric: true, onInput: (v) => (this.pin = v), onEnter: () => void this.join() },
      { kind: 'text', id: 'live-name', label: t('live.nameLabel'), rect: l.panel, value: this.name, maxLength: NAME_MAX, onInput: (v) => (this.name = v), onEnter: () => void this.join() },
    ];
    const [join, suggest, home] = l.buttons;
    return {
      title: t('live.joinTitle'),
      text: [this.note || t('live.joinHint')],
      form: { rect: l.panel, label: t('live.joinTitle'), controls },
      buttons: [
        { id: 'live-join', label: t('live.join'), rect: join!, disabled: this.busy, onPress: () => void this.join() },
        { id: 'live-suggest', label: t('live.suggestName'), rect: suggest!, disabled: this.busy, onPress: () => this.suggest() },
        { id: 'home', label: t('errors.backToMenu'), rect: home!, onPress: () => this.svc.goHome() },
      ],
    };
  }
}
