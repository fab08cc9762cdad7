import Phaser from 'phaser';
import type { Fact } from '../core/bank/schema';
import { clozeText, highlightParts } from '../core/bank/highlight';
import type { Response } from '../core/judge';
import type { RoundState } from '../core/round';
import type { RoundQuestion } from '../core/select';
import type { RoundLaunch } from '../game/launch';
import { RoundSession, type SessionEffect } from '../game/session';
import { publicQuestion } from '../live/publicQuestion';
import type { LayerButton, LayerScreen } from '../ui/dom/AccessibleLayer';
import { citation, feedbackText } from '../ui/text/feedback';
import { feedbackLayout, pausedLayout, roundLayout, type Rect } from '../ui/layout';
import { viewFor } from '../ui/questions';
import type { Draft, GeoData, ViewContext } from '../ui/questions/types';
import { drawCountdown, drawFeedback, drawHud, drawPaused, drawSpeakButton } from '../ui/canvas/roundView';
import { spokenQuestion } from '../ui/text/spoken';
import { languageName } from '../services/languages';
import { buttonFace, fittedText, TimerBar } from '../ui/canvas/widgets';
import type { FinishedRound, MessageData } from '../game/routes';
import { ScreenScene } from './ScreenScene';

/**
 * Thin: turns input into round actions for the session (src/game/session.ts), and draws what it
 * says through the view of the question's type. Which questions, saving, resuming and time
 * warnings are the session's; scoring and timing the core's.
 */
export class RoundScene extends ScreenScene {
  private d!: RoundLaunch;
  private session!: RoundSession;
  private facts = new Map<string, Fact>();
  private timer: TimerBar | undefined;
  private countdownText: Phaser.GameObjects.Text | undefined;
  private draft: Draft = {};
  private hint = false;
  private geo: GeoData | null = null;

  constructor() {
    super('Round');
  }

  private get state(): RoundState {
    return this.session.state;
  }

  create(data: RoundLaunch): void {
    this.d = data;
    this.facts = new Map(data.bank.facts.map((f) => [f.id, f]));
    this.begin();
    this.geo = this.svc.map.ready();
    this.session = new RoundSession(data, this.svc.play.sessionDeps());
    const unsubscribe = this.session.subscribe((effects) => effects.forEach((e) => this.carryOut(e)));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
    this.bindKeys({
      answer: (place) => this.state.phase === 'question' && this.view().answerKey?.(this.viewContext(), place),
      confirm: () => this.confirm(),
      escape: () => this.session.pauseOrResume(),
    });
    const stopWatching = this.svc.onHidden(() => this.session.hide());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, stopWatching);

    const needsMap = this.state.questions.some((q) => q.question.type === 'where');
    if (needsMap && !this.geo && this.session.opening.question.type === 'where') {
      // The first thing shown needs the map: wait for it (the clock has not started).
      this.refresh();
      this.svc.map.load().then(
        (geo) => {
          if (!this.scene.isActive() || this.state.phase !== 'ready') return;
          this.geo = geo;
          this.session.open();
          this.loadBehind(false);
        },
        () => this.scene.isActive() && this.scene.start('Message', { title: this.svc.i18n.t('errors.title'), message: this.svc.i18n.t('errors.mapLoad') } satisfies MessageData),
      );
      return;
    }
    this.session.open();
    this.loadBehind(needsMap && !this.geo);
  }

  /**
   * Once the first question has been drawn, what it did not need loads behind it: the sounds,
   * and the map for a later map question. Nothing delays the first question.
   */
  private loadBehind(map: boolean): void {
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () =>
      setTimeout(() => {
        this.svc.audio.unlock();
        if (map) this.svc.map.load().then((geo) => (this.geo = geo), () => undefined);
      }, 0),
    );
  }

  override update(): void {
    if (this.state.phase !== 'question') return;
    this.session.tick();
    if (this.state.phase !== 'question' || !this.timer || this.state.timeLimitMs === null) return;
    const left = this.session.timeLeftMs()!;
    this.timer.draw(left / this.state.timeLimitMs, left <= 5000);
  }

  private current(): RoundQuestion {
    return this.state.questions[this.state.index]!;
  }

  private view() {
    return viewFor(this.current().question.type, this.svc.map.whereView());
  }

  private confirm(): void {
    const phase = this.state.phase;
    if (phase === 'paused') this.session.resume();
    else if (phase === 'feedback') this.next();
    else if (phase === 'question') this.view().confirm?.(this.viewContext());
  }

  private waitingForMap = false;

  private next(): void {
    const upcoming = this.state.questions[this.state.index + 1];
    if (upcoming?.question.type === 'where' && !this.geo) {
      // Normally loaded long ago, behind the first question; on a slow line, wait here, untimed.
      if (this.waitingForMap) return;
      this.waitingForMap = true;
      const { t } = this.svc.i18n;
      this.svc.a11y.announce(t('round.mapLoading'));
      this.svc.map.load().then(
        (geo) => {
          this.waitingForMap = false;
          this.geo = geo;
          if (this.scene.isActive() && this.state.phase === 'feedback') this.next();
        },
        () => {
          this.waitingForMap = false;
          if (this.scene.isActive()) this.svc.a11y.announce(t('errors.mapRetry'));
        },
      );
      return;
    }
    this.svc.audio.play('button');
    this.session.next();
  }

  private submit(response: Response): void {
    // A map question naming an area (a country) is scored by its outline, from the loaded map.
    this.session.answer(response, this.geo?.areas);
  }

  private carryOut(effect: SessionEffect): void {
    const { t } = this.svc.i18n;
    switch (effect.type) {
      case 'question': {
        this.draft = {};
        this.hint = false;
        this.refresh(this.view().focusId(this.viewContext()));
        if (this.svc.settings.get().readAloud) this.readAloud();
        const seconds = this.state.timeLimitMs === null ? null : Math.round(this.state.timeLimitMs / 1000);
        const prompt = this.promptText();
        this.svc.a11y.announce(
          seconds === null
            ? t('round.questionAnnounceUntimed', { n: effect.index + 1, total: this.state.questions.length, prompt })
            : t('round.questionAnnounce', { n: effect.index + 1, total: this.state.questions.length, prompt, count: seconds }),
        );
        break;
      }
      case 'feedback': {
        this.svc.speech.stop();
        this.refresh('next');
        const v = this.feedback();
        // Short: the source sentence stays on screen, read on request (the layer's source panel).
        this.svc.a11y.announce([sentence(v.verdict), sentence(v.right), v.gained, this.scoreLine()].join(' '));
        break;
      }
      case 'flagged':
        // A keyboard user stays on the toggle; after a tap or click, Enter still means Next.
        this.refresh(this.svc.keys.usingKeyboard ? 'flag' : 'next');
        this.svc.a11y.announce(t(effect.on ? 'round.flagOn' : 'round.flagOff'));
        break;
      case 'countdown':
        this.drawCountdownNumber(effect.secondsLeft);
        break;
      case 'timeWarning':
        // An aside: it waits until the question (or whatever was just said) has had time to be
        // read, and is dropped when the question moves on before then.
        this.svc.a11y.announce(t('round.timeLeft', { count: effect.secondsLeft }), { priority: 'aside' });
        break;
      case 'resumedSaved':
        this.refresh(this.state.phase === 'paused' ? 'resume' : 'next');
        this.svc.a11y.announce(t('assign.resumed', { n: effect.index + 1, total: effect.total }));
        break;
      case 'sound':
        this.svc.audio.play(effect.sound);
        break;
      case 'paused':
        this.svc.speech.stop();
        this.refresh('resume');
        this.svc.a11y.announce(`${t('round.paused')}. ${t('round.pausedHint')}`);
        break;
      case 'resumed': {
        this.refresh(this.view().focusId(this.viewContext()));
        const left = this.session.timeLeftMs();
        const time = left === null ? '' : ` ${t('round.timeLeft', { count: Math.ceil(left / 1000) })}`;
        this.svc.a11y.announce(`${t('round.resumed')} ${this.questionAnnouncement()}${time}`);
        break;
      }
      case 'finished':
        // The session has forgotten the round in progress; the results screen records it.
        this.scene.start('Results', { ...this.d, state: this.state } satisfies FinishedRound);
        break;
      case 'rejected':
        // A key pressed between screens, or a response that does not fit: nothing to say.
        break;
    }
  }

  /** The language the question is written in: the player's, or the article's where it has no translation. */
  private questionLang(): string {
    return this.d.texts.untranslated(this.current().question.id) ? this.d.bank.article.language : this.svc.i18n.language;
  }

  /** Reads the question aloud (the Read aloud button, or the setting), or says why the device cannot. */
  private readAloud(): void {
    const lang = this.questionLang();
    if (!this.svc.speech.hasVoice(lang)) return this.svc.a11y.announce(this.svc.i18n.t('settings.readAloudNoVoice', { language: languageName(lang) }), { priority: 'aside' });
    this.svc.speech.speak(spokenQuestion(publicQuestion(this.current()), lang, this.svc.i18n));
  }

  private drawCountdownNumber(secondsLeft: number): void {
    this.countdownText?.destroy();
    const { width, height } = this.screenSize;
    this.countdownText = drawCountdown(this, width, height, secondsLeft);
    if (!this.svc.motion.reduced()) {
      // From half as large again to its own scale (drawn at the pixel ratio, shown scaled down).
      const own = this.countdownText.scale;
      this.tweens.add({ targets: this.countdownText, scale: { from: 1.5 * own, to: own }, duration: 250, ease: 'Back.Out' });
    }
  }

  private promptText(): string {
    const q = this.current().question;
    return q.type === 'truefalse' ? `${this.svc.i18n.t('round.trueFalse')} ${q.prompt}` : q.prompt;
  }

  /** "Question 3 of 10. <the question>", without the time. */
  private questionAnnouncement(): string {
    return this.svc.i18n.t('round.questionAnnounceUntimed', { n: this.state.index + 1, total: this.state.questions.length, prompt: this.promptText() });
  }

  private scoreLine(): string {
    const { t, number } = this.svc.i18n;
    return t('round.scoreAnnounce', { points: number(this.state.points) });
  }

  private showsPoints(): boolean {
    return this.d.mode !== 'practice';
  }

  private hudScore(): string {
    const { t, number } = this.svc.i18n;
    if (!this.showsPoints()) return t('round.practiceScore', { correct: number(this.state.correct), asked: number(this.state.answers.length) });
    const pts = t('round.points', { points: number(this.state.points) });
    return this.state.streak > 1 && this.d.mode === 'classic' ? `${pts} · ${t('round.streak', { count: this.state.streak })}` : pts;
  }

  private feedback() {
    const rq = this.current();
    const answer = this.state.answers[this.state.answers.length - 1]!;
    const text = feedbackText(rq, answer, this.svc.i18n, this.showsPoints());
    const { t } = this.svc.i18n;
    return { ...text, next: t(this.state.index + 1 >= this.state.questions.length ? 'round.seeResults' : 'round.next'), flag: t('round.flag'), flagged: answer.flagged === true };
  }

  private viewContext(): ViewContext {
    return this.questionContext({ shown: publicQuestion(this.current()), draft: this.draft, geo: this.geo, submit: (r) => this.submit(r) });
  }


  /** "Question 3 of 10", marked when this question has no translation in the player's language. */
  private progressText(): string {
    const { t } = this.svc.i18n;
    const text = t('round.progress', { n: this.state.index + 1, total: this.state.questions.length });
    return this.d.texts.untranslated(this.current().question.id) ? `${text} · ${t('round.untranslated')}` : text;
  }

  private hintRect(l: ReturnType<typeof roundLayout>): Rect {
    return l.score;
  }

  protected drawCanvas(w: number, h: number): void {
    const { t } = this.svc.i18n;
    const phase = this.state.phase;
    if (phase === 'ready') {
      const l = roundLayout(w, h, this.look.rtl);
      fittedText(this, l.prompt, t('round.mapLoading'), { size: l.frame.font, align: 'center' });
      return;
    }
    const l = roundLayout(w, h, this.look.rtl);
    this.timer = undefined;
    this.countdownText = undefined;
    drawHud(this, w, h, {
      progress: this.progressText(),
      score: this.d.mode === 'practice' && phase === 'question' ? '' : this.hudScore(),
      showPause: phase === 'question' && this.state.timeLimitMs !== null,
    });
    if (phase === 'question' && this.svc.speech.supported()) drawSpeakButton(this, w, h);
    if (phase === 'question') {
      if (this.state.timeLimitMs !== null) {
        this.timer = new TimerBar(this, l.timer);
        const left = this.session.timeLeftMs()!;
        this.timer.draw(left / this.state.timeLimitMs, left <= 5000);
        if (this.state.countdown !== null) this.drawCountdownNumber(this.state.countdown);
      }
      if (this.d.mode === 'practice') buttonFace(this, this.hintRect(l), t('round.hint'), l.frame.font, this.look.colors.panelEdge);
      const fact = this.facts.get(this.current().question.factId)!;
      const prompt = this.hint ? `${this.promptText()}\n\n${t('round.hintTitle')}: ${clozeText(fact)}` : this.promptText();
      fittedText(this, l.prompt, prompt, { size: Math.round(l.frame.font * 1.35), minSize: 16, bold: !this.hint, align: 'center' });
      this.view().drawCanvas(this.viewContext());
    } else if (phase === 'paused') {
      drawPaused(this, w, h, t('round.paused'), t('round.pausedHint'), t('round.resume'));
    } else if (phase === 'feedback') {
      drawFeedback(this, w, h, this.feedback());
    }
  }



  protected screen(w: number, h: number): LayerScreen {
    const { t } = this.svc.i18n;
    if (this.state.phase === 'ready') return { title: t('round.mapLoading'), buttons: [] };
    const progress = this.progressText();
    const l = roundLayout(w, h, this.look.rtl);
    if (this.state.phase === 'question') {
      const { buttons, controls } = this.view().layer(this.viewContext());
      const extra: LayerButton[] = [];
      if (this.state.timeLimitMs !== null) extra.push({ id: 'pause', label: t('round.pause'), rect: l.pause, keyshortcuts: 'Escape', onPress: () => this.session.pauseOrResume() });
      if (this.svc.speech.supported()) extra.push({ id: 'read-aloud', label: t('round.readAloud'), rect: l.speak, onPress: () => this.readAloud() });
      if (this.d.mode === 'practice') {
        extra.push({ id: 'hint', label: t('round.hint'), rect: this.hintRect(l), disabled: this.hint, onPress: () => this.showHint() });
      }
      const fact = this.facts.get(this.current().question.factId)!;
      const text = [this.promptText(), ...(this.hint ? [`${t('round.hintTitle')}: ${clozeText(fact)}`] : []), this.hudScore()];
      return { title: progress, text, buttons: [...buttons, ...extra], controls };
    }
    if (this.state.phase === 'paused') {
      return { title: t('round.paused'), text: [t('round.pausedHint')], buttons: [{ id: 'resume', label: t('round.resume'), rect: pausedLayout(w, h).resume, keyshortcuts: 'Escape Enter', onPress: () => this.session.resume() }] };
    }
    const v = this.feedback();
    const fl = feedbackLayout(w, h, { flag: true, rtl: this.look.rtl });
    const fact = this.facts.get(this.current().question.factId)!;
    return {
      title: progress,
      text: [`${sentence(v.verdict)} ${v.gained}`, ...v.lines, this.hudScore()],
      source: {
        rect: inset(fl.source, 4),
        label: t('round.fromArticle'),
        parts: highlightParts(fact),
        lang: this.d.bank.article.language,
        translation: this.d.texts.sentence(fact.id),
        translationLabel: t('round.translation'),
        citation: citation(this.d.bank, this.svc.i18n),
        readLabel: t('round.readSource'),
      },
      buttons: [
        // In the order they are seen: the mark before (left of, or above) Next.
        { id: 'flag', label: v.flag, rect: fl.flag!, pressed: v.flagged, onPress: () => this.session.flag() },
        { id: 'next', label: v.next, rect: fl.next, keyshortcuts: 'Enter', onPress: () => this.next() },
      ],
    };
  }

  private showHint(): void {
    this.hint = true;
    this.refresh(this.view().focusId(this.viewContext()));
    const fact = this.facts.get(this.current().question.factId)!;
    this.svc.a11y.announce(`${this.svc.i18n.t('round.hintTitle')}: ${clozeText(fact)}`);
  }
}

/** Ends a phrase with a full stop unless it already ends in punctuation ("Correct!"). */
const sentence = (s: string): string => (/[.!?。！？؟]$/.test(s) ? s : `${s}.`);

const inset = (r: Rect, d: number): Rect => ({ x: r.x + d, y: r.y + d, w: r.w - 2 * d, h: r.h - 2 * d });
