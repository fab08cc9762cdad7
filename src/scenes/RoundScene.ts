import Phaser from 'phaser';
import type { Bank, Fact } from '../core/bank/schema';
import { createRound, DEFAULT_QUESTION_COUNT, DEFAULT_TIME_LIMIT_MS, roundReducer, timeLeftMs, type RoundAction, type RoundEffect, type RoundState } from '../core/round';
import { selectQuestions, type RoundQuestion } from '../core/select';
import type { LayerButton, LayerScreen } from '../ui/AccessibleLayer';
import { feedbackLayout, pausedLayout, roundLayout } from '../ui/layout';
import { drawFeedback, drawHud, drawPaused, drawQuestion, type FeedbackView } from '../ui/roundView';
import { LETTERS } from '../ui/theme';
import type { TimerBar } from '../ui/widgets';
import type { ResultsData } from './ResultsScene';
import { ScreenScene } from './ScreenScene';

export interface RoundData {
  bank: Bank;
  seed: string;
}

/** Seconds left at which the live region speaks up: often enough to help, rare enough not to nag. */
const ANNOUNCE_AT_S = [10, 5];

/**
 * Thin: turns input into round actions, hands them to the core reducer, and draws what the new
 * state says. Scoring, timing rules and question choice all live in src/core.
 */
export class RoundScene extends ScreenScene {
  private bank!: Bank;
  private seed!: string;
  private state!: RoundState;
  private facts = new Map<string, Fact>();
  private timer: TimerBar | undefined;
  private announced = new Set<number>();

  constructor() {
    super('Round');
  }

  create(data: RoundData): void {
    this.bank = data.bank;
    this.seed = data.seed;
    this.facts = new Map(data.bank.facts.map((f) => [f.id, f]));
    this.begin();
    const questions = selectQuestions(this.bank, DEFAULT_QUESTION_COUNT, this.seed);
    this.state = createRound(questions, { timeLimitMs: DEFAULT_TIME_LIMIT_MS });
    this.bindKeys({
      answer: (place) => this.act({ type: 'answer', place, now: this.svc.clock.now() }),
      confirm: () => this.act({ type: this.state.phase === 'paused' ? 'resume' : 'next', now: this.svc.clock.now() }),
      escape: () => this.togglePause(),
    });
    // A hidden tab must not eat the player's time.
    const stopWatching = this.svc.onHidden(() => this.act({ type: 'pause', now: this.svc.clock.now() }));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, stopWatching);
    this.act({ type: 'start', now: this.svc.clock.now() });
  }

  override update(): void {
    if (this.state.phase !== 'question') return;
    const now = this.svc.clock.now();
    this.act({ type: 'tick', now });
    if (this.state.phase !== 'question' || !this.timer || this.state.timeLimitMs === null) return;
    const left = timeLeftMs(this.state, now)!;
    this.timer.draw(left / this.state.timeLimitMs, left <= 5000);
    const secs = Math.ceil(left / 1000);
    if (ANNOUNCE_AT_S.includes(secs) && !this.announced.has(secs)) {
      this.announced.add(secs);
      this.svc.a11y.announce(this.svc.i18n.t('round.timeLeft', { seconds: secs }));
    }
  }

  private togglePause(): void {
    const now = this.svc.clock.now();
    this.act({ type: this.state.phase === 'paused' ? 'resume' : 'pause', now });
  }

  private act(action: RoundAction): void {
    const step = roundReducer(this.state, action);
    this.state = step.state;
    step.effects.forEach((e) => this.carryOut(e));
  }

  private carryOut(effect: RoundEffect): void {
    const { t } = this.svc.i18n;
    switch (effect.type) {
      case 'question': {
        this.announced.clear();
        this.refresh();
        const rq = this.current();
        this.svc.a11y.announce(
          t('round.questionAnnounce', { n: effect.index + 1, total: this.state.questions.length, prompt: rq.question.prompt, seconds: (this.state.timeLimitMs ?? 0) / 1000 }),
        );
        break;
      }
      case 'feedback': {
        this.refresh('next');
        const v = this.feedbackView();
        this.svc.a11y.announce([`${v.verdict}.`, v.gained, ...v.lines, `${v.sourceLabel}: ${v.sentence}`, t('round.scoreAnnounce', { points: this.svc.i18n.number(this.state.points) })].join(' '));
        break;
      }
      case 'paused':
        this.refresh('resume');
        this.svc.a11y.announce(`${t('round.paused')}. ${t('round.pausedHint')}`);
        break;
      case 'resumed':
        this.refresh();
        break;
      case 'finished':
        this.scene.start('Results', { bank: this.bank, seed: this.seed, state: this.state } satisfies ResultsData);
        break;
      case 'sound':
      case 'rejected':
        // Sound arrives with the audio service; a rejected action (a key pressed between screens) needs no reply.
        break;
    }
  }

  private current(): RoundQuestion {
    return this.state.questions[this.state.index]!;
  }

  private shownOptions(): string[] {
    const rq = this.current();
    return rq.order.map((i) => rq.question.options[i]!);
  }

  private hudScore(): string {
    const { t, number } = this.svc.i18n;
    const pts = t('round.points', { points: number(this.state.points) });
    return this.state.streak > 1 ? `${pts} · ${t('round.streak', { count: this.state.streak })}` : pts;
  }

  private feedbackView(): FeedbackView {
    const { t, number } = this.svc.i18n;
    const rq = this.current();
    const answer = this.state.answers[this.state.answers.length - 1]!;
    const right = rq.question.options[rq.question.answer]!;
    const fact = this.facts.get(rq.question.factId)!;
    const a = this.bank.article;
    const lines = answer.place === null || answer.correct ? [] : [t('round.yourAnswer', { answer: this.shownOptions()[answer.place]! })];
    lines.push(t('round.rightAnswer', { answer: right }));
    return {
      verdict: t(answer.correct ? 'round.correct' : answer.timedOut ? 'round.timeout' : 'round.wrong'),
      tone: answer.correct ? 'right' : 'wrong',
      gained: answer.streakBonus > 0
        ? t('round.gainedStreak', { points: number(answer.points), bonus: number(answer.streakBonus) })
        : t('round.gained', { points: number(answer.points) }),
      lines,
      sourceLabel: t('round.fromArticle'),
      sentence: fact.sentence,
      citation: [a.title, a.outlet].filter(Boolean).join(', '),
      next: t(this.state.index + 1 >= this.state.questions.length ? 'round.seeResults' : 'round.next'),
    };
  }

  protected drawCanvas(w: number, h: number): void {
    const { t } = this.svc.i18n;
    const phase = this.state.phase;
    this.timer = undefined;
    drawHud(this, w, h, {
      progress: t('round.progress', { n: this.state.index + 1, total: this.state.questions.length }),
      score: this.hudScore(),
      showPause: phase === 'question',
    });
    if (phase === 'question') {
      this.timer = drawQuestion(this, w, h, this.current().question.prompt, this.shownOptions());
      const left = timeLeftMs(this.state, this.svc.clock.now());
      if (left !== null && this.state.timeLimitMs) this.timer.draw(left / this.state.timeLimitMs, left <= 5000);
    } else if (phase === 'paused') {
      drawPaused(this, w, h, t('round.paused'), t('round.pausedHint'), t('round.resume'));
    } else if (phase === 'feedback') {
      drawFeedback(this, w, h, this.feedbackView());
    }
  }

  protected screen(w: number, h: number): LayerScreen {
    const { t } = this.svc.i18n;
    const now = () => this.svc.clock.now();
    const progress = t('round.progress', { n: this.state.index + 1, total: this.state.questions.length });
    const l = roundLayout(w, h);
    if (this.state.phase === 'question') {
      const buttons: LayerButton[] = this.shownOptions().map((label, place) => ({
        id: `answer-${place}`,
        label,
        rect: l.cards[place]!,
        keyshortcuts: `${place + 1} ${LETTERS[place]}`,
        onPress: () => this.act({ type: 'answer', place, now: now() }),
      }));
      buttons.push({ id: 'pause', label: t('round.pause'), rect: l.pause, keyshortcuts: 'Escape', onPress: () => this.togglePause() });
      return { title: progress, text: [this.current().question.prompt, this.hudScore()], buttons };
    }
    if (this.state.phase === 'paused') {
      const r = pausedLayout(w, h).resume;
      return { title: t('round.paused'), text: [t('round.pausedHint')], buttons: [{ id: 'resume', label: t('round.resume'), rect: r, keyshortcuts: 'Escape Enter', onPress: () => this.act({ type: 'resume', now: now() }) }] };
    }
    const v = this.feedbackView();
    return {
      title: progress,
      text: [`${v.verdict}. ${v.gained}`, ...v.lines, `${v.sourceLabel}: ${v.sentence} — ${v.citation}`, this.hudScore()],
      buttons: [{ id: 'next', label: v.next, rect: feedbackLayout(w, h).next, keyshortcuts: 'Enter', onPress: () => this.act({ type: 'next', now: now() }) }],
    };
  }
}

