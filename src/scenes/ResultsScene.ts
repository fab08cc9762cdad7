import { summarize } from '../core/round';
import type { FinishedRound } from '../game/routes';
import type { LayerButton, LayerScreen, ReviewItem } from '../ui/dom/AccessibleLayer';
import { rightAnswerText } from '../ui/text/feedback';
import { resultsLayout } from '../ui/layout';
import { MARK_PARTIAL, MARK_RIGHT, MARK_WRONG } from '../ui/canvas/theme';
import { buttonFace, fittedText, panel } from '../ui/canvas/widgets';
import type { RoundOutcome } from '../services/progress';
import type { Rect } from '../ui/layout';
import { ScreenScene } from './ScreenScene';

/** Points, accuracy beside them (never buried), best streak, and a review of every question. */
export class ResultsScene extends ScreenScene {
  private d!: FinishedRound;
  private outcome!: RoundOutcome;
  /** The result code a student sends the teacher, for an assignment. */
  private code: string | null = null;

  constructor() {
    super('Results');
  }

  create(data: FinishedRound): void {
    this.d = data;
    this.begin();
    const finished = this.svc.play.finish(data, data.state);
    this.outcome = finished.outcome;
    this.code = null;
    void finished.code.then((code) => {
      if (code === null || this.d !== data || !this.scene.isActive()) return;
      this.code = code;
      this.refresh();
    });
    this.bindKeys({ confirm: () => this.again() });
    this.refresh('again');
    const s = summarize(data.state);
    const { t, number } = this.svc.i18n;
    this.svc.a11y.announce([t('results.announce', { points: number(s.points), correct: s.correct, asked: s.asked, streak: s.bestStreak }), ...this.extras()].join(' '));
  }

  private again(): void {
    this.svc.audio.play('button');
    this.scene.start('Round', this.svc.play.again(this.d));
  }

  private missed(): void {
    const launch = this.svc.play.missed(this.d);
    if (!launch) return;
    this.svc.audio.play('button');
    this.scene.start('Round', launch);
  }

  /** New best, the daily streak, and a warning when the device would not keep the result. */
  private extras(): string[] {
    const { t, number } = this.svc.i18n;
    const out: string[] = [];
    if (this.outcome.newBest && this.outcome.previousBest) out.push(t('results.newBest', { points: number(this.outcome.previousBest.points) }));
    if (this.outcome.daily) out.push(t('results.dailyStreak', { count: this.outcome.daily.streak }));
    if (!this.outcome.saved) out.push(t('errors.storage'));
    return out;
  }

  private stats(): { points: string; lines: string[] } {
    const { t, number } = this.svc.i18n;
    const s = summarize(this.d.state);
    return {
      points: t('results.points', { points: number(s.points) }),
      lines: [
        t('results.accuracy', { correct: s.correct, asked: s.asked, percent: Math.round(s.accuracy * 100) }),
        `${t('results.bestStreak', { count: s.bestStreak })} · ${t('results.roundCode', { seed: this.d.seed })}`,
        ...this.extras(),
      ],
    };
  }

  private review(): ReviewItem[] {
    const { t, number } = this.svc.i18n;
    return this.d.state.answers.map((a, i) => {
      const rq = this.d.state.questions[i]!;
      const tone = a.correct ? 'right' : 'wrong';
      return {
        tone,
        mark: a.correct ? MARK_RIGHT : a.credit > 0 ? MARK_PARTIAL : MARK_WRONG,
        verdict: t(a.correct ? 'results.verdictRight' : a.timedOut ? 'results.verdictTimeout' : a.credit > 0 ? 'results.verdictPartial' : 'results.verdictWrong'),
        prompt: rq.question.prompt,
        answer: [t('round.rightAnswer', { answer: rightAnswerText(rq, this.svc.i18n) }), ...(a.flagged ? [t('results.flagged')] : [])].join(' · '),
        time: `${t('results.time', { seconds: number(a.elapsedMs / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })} · +${number(a.points)}`,
        elapsedMs: a.elapsedMs,
        points: a.points,
      };
    });
  }

  private buttons(w: number, h: number): LayerButton[] {
    const l = resultsLayout(w, h, this.look.rtl);
    const { t } = this.svc.i18n;
    const code = this.code;
    if (code !== null) {
      const a = this.d.assignment!;
      return [
        { id: 'copy', label: t('assign.copy'), rect: l.playAgain, onPress: () => this.copy(code) },
        { id: 'download', label: t('assign.download'), rect: l.missed, onPress: () => this.svc.download(`${a.title}-${a.name}-${a.attempt}.factsprint.txt`, code) },
        { id: 'again', label: t('results.playAgain'), rect: l.menu, onPress: () => this.again() },
      ];
    }
    const { missed } = this.svc.play.standing(this.d.bank);
    return [
      { id: 'again', label: t('results.playAgain'), rect: l.playAgain, onPress: () => this.again(), keyshortcuts: 'Enter' },
      { id: 'missed', label: t('results.missed', { count: missed }), rect: l.missed, onPress: () => this.missed(), disabled: missed === 0 },
      { id: 'menu', label: t('results.menu'), rect: l.menu, onPress: () => this.scene.start('Menu', { bank: this.d.bank, texts: this.d.texts }) },
    ];
  }

  protected drawCanvas(w: number, h: number): void {
    const l = resultsLayout(w, h, this.look.rtl);
    const f = l.frame.font;
    const { t } = this.svc.i18n;
    const s = this.stats();
    fittedText(this, l.title, t('results.title'), { size: Math.round(f * 1.4), bold: true, align: 'center', color: this.look.colors.muted });
    fittedText(this, l.points, s.points, { size: Math.round(f * 2.2), bold: true, align: 'center', color: this.look.colors.accentText });
    fittedText(this, l.stats, s.lines.join('\n'), { size: f, align: 'center' });
    // The review list itself is DOM text in the accessible layer, over this panel, so it scrolls.
    const review = this.areas(w, h).review;
    panel(this, { x: review.x - 8, y: review.y - 8, w: review.w + 16, h: review.h + 16 }, this.look.colors.panel, 14);
    this.buttons(w, h).forEach((b, i) => buttonFace(this, b.rect, b.label, f, i === 0 ? this.look.colors.button : b.disabled ? this.look.colors.panel : this.look.colors.panelEdge));
  }

  private copy(code: string): void {
    const { t } = this.svc.i18n;
    void navigator.clipboard?.writeText(code).then(
      () => this.svc.a11y.announce(t('assign.copied')),
      () => this.svc.a11y.setControlValue('result-code', code),
    );
  }

  /** For an assignment the code comes first, the review below it. */
  private areas(w: number, h: number): { code: Rect | null; review: Rect } {
    const r = resultsLayout(w, h, this.look.rtl).review;
    if (this.code === null) return { code: null, review: r };
    const ch = Math.min(200, Math.round(r.h * 0.5));
    return { code: { ...r, h: ch }, review: { ...r, y: r.y + ch + 12, h: r.h - ch - 12 } };
  }

  protected screen(w: number, h: number): LayerScreen {
    const { t } = this.svc.i18n;
    const s = this.stats();
    const areas = this.areas(w, h);
    return {
      title: t('results.title'),
      text: [s.points, ...s.lines, ...(this.code !== null ? [t('assign.resultHelp')] : [])],
      review: { label: t('results.review'), rect: areas.review, items: this.review() },
      controls: areas.code && this.code !== null ? [{ kind: 'code', id: 'result-code', label: `${t('assign.resultTitle')} · ${t('assign.attemptMarked', { n: this.d.assignment!.attempt })}`, rect: areas.code, value: this.code, qrLabel: t('assign.qr') }] : [],
      buttons: this.buttons(w, h),
    };
  }
}
