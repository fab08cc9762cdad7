import type { Bank } from '../core/bank/schema';
import { englishDate } from '../core/bank/answers';
import { DEFAULT_QUESTION_COUNT, DEFAULT_TIME_LIMIT_MS } from '../core/round';
import type { LayerScreen } from '../ui/AccessibleLayer';
import { menuLayout } from '../ui/layout';
import { COLORS } from '../ui/theme';
import { buttonFace, fittedText } from '../ui/widgets';
import type { RoundData } from './RoundScene';
import { ScreenScene } from './ScreenScene';

export class MenuScene extends ScreenScene {
  private bank!: Bank;

  constructor() {
    super('Menu');
  }

  create(data: { bank: Bank }): void {
    this.bank = data.bank;
    this.begin();
    this.bindKeys({ confirm: () => this.play() });
    this.refresh('play');
    const note = this.note();
    if (note) this.svc.a11y.announce(note);
  }

  private play(): void {
    this.scene.start('Round', { bank: this.bank, seed: this.svc.params.seed ?? this.svc.newSeed() } satisfies RoundData);
  }

  private note(): string | null {
    const lang = this.svc.params.unsupportedLang;
    return lang ? this.svc.i18n.t('errors.langUnsupported', { lang }) : null;
  }

  private lines(): string[] {
    const { t } = this.svc.i18n;
    const a = this.bank.article;
    const when = a.published ?? a.eventDate;
    const source = a.outlet || when ? t('menu.source', { outlet: a.outlet ?? t('menu.sourceUnknown'), date: when ? englishDate(when) : '' }).replace(/ · $/, '') : t('menu.sourceUnknown');
    return [
      t('menu.bankFrom', { title: this.bank.title }),
      source,
      t('menu.roundInfo', { count: DEFAULT_QUESTION_COUNT, seconds: DEFAULT_TIME_LIMIT_MS / 1000 }),
    ];
  }

  protected drawCanvas(w: number, h: number): void {
    const l = menuLayout(w, h);
    const f = l.frame.font;
    const { t } = this.svc.i18n;
    fittedText(this, l.title, t('app.name'), { size: Math.round(f * 2.6), bold: true, align: 'center', color: COLORS.accentText });
    fittedText(this, l.tagline, t('app.tagline'), { size: f, align: 'center', color: COLORS.muted });
    fittedText(this, l.bank, this.lines().join('\n'), { size: f, align: 'center' });
    buttonFace(this, l.play, t('menu.play'), Math.round(f * 1.2));
    const note = this.note();
    if (note) fittedText(this, l.notes, note, { size: f, align: 'center', color: COLORS.accentText });
    fittedText(this, l.hint, t('menu.keysHint'), { size: Math.max(16, Math.round(f * 0.8)), align: 'center', color: COLORS.muted });
  }

  protected screen(w: number, h: number): LayerScreen {
    const l = menuLayout(w, h);
    const { t } = this.svc.i18n;
    const note = this.note();
    return {
      title: t('app.name'),
      text: [t('app.tagline'), ...this.lines(), ...(note ? [note] : []), t('menu.keysHint')],
      buttons: [{ id: 'play', label: t('menu.play'), rect: l.play, onPress: () => this.play(), keyshortcuts: 'Enter' }],
    };
  }
}
