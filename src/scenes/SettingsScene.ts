import type { SettingsData } from '../game/routes';
import { MODES, MOTION, TIME_LIMITS_S, TIME_MULTIPLIERS, type Settings } from '../core/settings';
import type { LayerScreen } from '../ui/dom/AccessibleLayer';
import type { LayerControl } from '../ui/dom/layerControls';
import { settingsLayout } from '../ui/layout';
import { buttonFace, fittedText, panel, clearScene } from '../ui/canvas/widgets';
import { languageName } from '../services/languages';
import { languageControl } from './languageControl';
import { ScreenScene } from './ScreenScene';

/** Sound, motion, contrast, timer and mode in one place; every change is saved at once. */
export class SettingsScene extends ScreenScene {
  private playable!: SettingsData;

  constructor() {
    super('Settings');
  }

  create(data: SettingsData): void {
    this.playable = data;
    this.begin();
    this.bindKeys({ escape: () => this.done() });
    this.refresh('mode');
  }

  private done(): void {
    this.scene.start('Menu', this.playable);
  }

  private set(patch: Partial<Settings>): void {
    this.svc.settings.update(patch);
    // The canvas shows the mode help and follows the contrast; the form keeps its own state and focus.
    const { width, height } = this.screenSize;
    clearScene(this);
    this.drawCanvas(width, height);
  }

  private controls(): LayerControl[] {
    const { t, number } = this.svc.i18n;
    const s = this.svc.settings.get();
    const r = { x: 0, y: 0, w: 0, h: 0 };
    return [
      languageControl(this.svc, r),
      { kind: 'select', id: 'mode', label: t('settings.mode'), rect: r, value: s.mode, options: MODES.map((m) => ({ value: m, label: `${t(`settings.mode_${m}`)}: ${t(`settings.modeHelp_${m}`)}` })), onChange: (v) => this.set({ mode: v as Settings['mode'] }) },
      {
        kind: 'select',
        id: 'time',
        label: t('settings.time'),
        rect: r,
        value: String(s.timeLimitS),
        options: TIME_LIMITS_S.map((v) => ({ value: String(v), label: v === null ? t('settings.timeOff') : t('settings.timeSeconds', { count: v }) })),
        onChange: (v) => this.set({ timeLimitS: v === 'null' ? null : (Number(v) as Settings['timeLimitS']) }),
      },
      {
        kind: 'select',
        id: 'extra',
        label: t('settings.extra'),
        rect: r,
        value: String(s.timeMultiplier),
        options: TIME_MULTIPLIERS.map((m) => ({ value: String(m), label: m === 1 ? t('settings.extraNone') : t('settings.extraTimes', { factor: number(m) }) })),
        onChange: (v) => this.set({ timeMultiplier: Number(v) as Settings['timeMultiplier'] }),
      },
      { kind: 'toggle', id: 'sound', label: t('settings.sound'), rect: r, checked: s.sound, onChange: (v) => this.set({ sound: v }) },
      {
        kind: 'range',
        id: 'volume',
        label: t('settings.volume'),
        rect: r,
        min: 0,
        max: 100,
        step: 5,
        value: Math.round(s.volume * 100),
        valueText: (v) => `${v}%`,
        onInput: (v) => this.set({ volume: v / 100 }),
      },
      { kind: 'select', id: 'motion', label: t('settings.motion'), rect: r, value: s.motion, options: MOTION.map((m) => ({ value: m, label: t(`settings.motion_${m}`) })), onChange: (v) => this.set({ motion: v as Settings['motion'] }) },
      { kind: 'toggle', id: 'contrast', label: t('settings.contrast'), rect: r, checked: s.highContrast, onChange: (v) => this.set({ highContrast: v }) },
      { kind: 'toggle', id: 'read-aloud', label: this.readAloudLabel(), rect: r, checked: s.readAloud, onChange: (v) => this.set({ readAloud: v }) },
    ];
  }

  /** The read-aloud toggle, saying so where the device cannot read the player's language. */
  private readAloudLabel(): string {
    const { t, language } = this.svc.i18n;
    const speech = this.svc.speech;
    if (!speech.supported()) return `${t('settings.readAloud')}. ${t('settings.readAloudUnsupported')}`;
    if (!speech.hasVoice(language)) return `${t('settings.readAloud')}. ${t('settings.readAloudNoVoice', { language: languageName(language) })}`;
    return t('settings.readAloud');
  }

  protected drawCanvas(w: number, h: number): void {
    const l = settingsLayout(w, h);
    const { t } = this.svc.i18n;
    fittedText(this, l.title, t('settings.title'), { size: Math.round(l.frame.font * 1.6), bold: true, align: 'center', color: this.look.colors.accentText });
    panel(this, { x: l.form.x - 12, y: l.form.y - 12, w: l.form.w + 24, h: l.form.h + 24 }, this.look.colors.panel, 14);
    buttonFace(this, l.done, t('settings.done'), l.frame.font);
  }

  protected screen(w: number, h: number): LayerScreen {
    const l = settingsLayout(w, h);
    const { t } = this.svc.i18n;
    return {
      title: t('settings.title'),
      form: { rect: l.form, label: t('settings.title'), controls: this.controls() },
      buttons: [{ id: 'done', label: t('settings.done'), rect: l.done, onPress: () => this.done(), keyshortcuts: 'Escape' }],
    };
  }
}
