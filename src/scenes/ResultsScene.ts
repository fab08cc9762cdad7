import type { Bank } from '../core/bank/schema';
import { summarize, type RoundState } from '../core/round';
import type { LayerScreen, ReviewItem } from '../ui/AccessibleLayer';
import { resultsLayout } from '../ui/layout';
import { COLORS, MARK_RIGHT, MARK_WRONG } from '../ui/theme';
import { buttonFace, fittedText, panel } from '../ui/widgets';
import type { RoundData } from './RoundScene';
import { ScreenScene } from './ScreenScene';

export interface ResultsData {
  bank: Bank;
  seed: string;
  state: RoundState;
}

/** Points, accuracy beside them (never buried), best streak, and a review of every question. */
export class ResultsScene extends ScreenScene {
  private d!: ResultsData;

  constructor() {
    super('Results');
  }

  create(data: ResultsData): void {
    this.d = data;
    this.begin();
    this.bindKeys({ confirm: () => this.again() });
    this.refresh('again');
    const s = summarize(data.state);
    this.svc.a11y.announce(
      this.svc.i18n.t('results.announce', { points: this.svc.i18n.number(s.points), correct: s.correct, asked: s.asked, streak: s.bestStreak }),
    );
  }

  private again(): void {
    this.scene.start('Round', { bank: this.d.bank, seed: this.svc.params.seed ?? this.svc.newSeed() } satisfies RoundData);
  }

  private stats(): { points: string; lines: string[] } {
    const { t, number } = this.svc.i18n;
    const s = summarize(this.d.state);
    return {
      points: t('results.points', { points: number(s.points) }),
      lines: [
        t('results.accuracy', { correct: s.correct, asked: s.asked, percent: Math.round(s.accuracy * 100) }),
        `${t('results.bestStreak', { count: s.bestStreak })} · ${t('results.roundCode', { seed: this.d.seed })}`,
      ],
    };
  }

  private review(): ReviewItem[] {
    const { t, number } = this.svc.i18n;
    return this.d.state.answers.map((a, i) => {
      const q = this.d.state.questions[i]!.question;
      return {
        tone: a.correct ? 'right' : 'wrong',
        mark: a.correct ? MARK_RIGHT : MARK_WRONG,
        verdict: t(a.correct ? 'results.verdictRight' : a.timedOut ? 'results.verdictTimeout' : 'results.verdictWrong'),
        prompt: q.prompt,
        answer: t('round.rightAnswer', { answer: q.options[q.answer]! }),
        time: `${t('results.time', { seconds: number(a.elapsedMs / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })} · +${number(a.points)}`,
        elapsedMs: a.elapsedMs,
        points: a.points,
      };
    });
  }

  protected drawCanvas(w: number, h: number): void {
    const l = resultsLayout(w, h);
    const f = l.frame.font;
    const { t } = this.svc.i18n;
    const s = this.stats();
    fittedText(this, l.title, t('results.title'), { size: Math.round(f * 1.4), bold: true, align: 'center', color: COLORS.muted });
    fittedText(this, l.points, s.points, { size: Math.round(f * 2.2), bold: true, align: 'center', color: COLORS.accentText });
    fittedText(this, l.stats, s.lines.join('\n'), { size: f, align: 'center' });
    // The review list itself is DOM text in the accessible layer, over this panel, so it scrolls.
    panel(this, { x: l.review.x - 8, y: l.review.y - 8, w: l.review.w + 16, h: l.review.h + 16 }, COLORS.panel, 14);
    buttonFace(this, l.playAgain, t('results.playAgain'), f);
    buttonFace(this, l.menu, t('results.menu'), f, COLORS.panelEdge);
  }

  protected screen(w: number, h: number): LayerScreen {
    const l = resultsLayout(w, h);
    const { t } = this.svc.i18n;
    const s = this.stats();
    return {
      title: t('results.title'),
      text: [s.points, ...s.lines],
      review: { label: t('results.review'), rect: l.review, items: this.review() },
      buttons: [
        { id: 'again', label: t('results.playAgain'), rect: l.playAgain, onPress: () => this.again(), keyshortcuts: 'Enter' },
        { id: 'menu', label: t('results.menu'), rect: l.menu, onPress: () => this.scene.start('Menu', { bank: this.d.bank }) },
      ],
    };
  }
}
