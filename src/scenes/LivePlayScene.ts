import Phaser from 'phaser';
import type { Response } from '../core/judge';
import { myStanding, type LiveClientState } from '../live/client';
import type { LiveConnection } from '../services/live';
import type { LayerScreen } from '../ui/dom/AccessibleLayer';
import { feedbackLayout, roundLayout } from '../ui/layout';
import { livePanelLayout } from '../ui/liveLayout';
import { viewFor } from '../ui/questions';
import type { Draft, GeoData, ViewContext } from '../ui/questions/types';
import { drawHud, drawSpeakButton } from '../ui/canvas/roundView';
import { spokenQuestion } from '../ui/text/spoken';
import { languageName } from '../services/languages';
import { MARK_PARTIAL, MARK_RIGHT, MARK_WRONG } from '../ui/canvas/theme';
import { buttonFace, fittedText, panel, TimerBar } from '../ui/canvas/widgets';
import { answerText } from './liveWords';
import { ScreenScene } from './ScreenScene';

type Tone = 'right' | 'partial' | 'wrong';

/**
 * A player's phone in a live game: the lobby, each question in the same views (and the same
 * accessible layer) as a solo round, "answer sent", their own result and rank after the reveal
 * with the source sentence, and their place at the end. The room decides everything; this scene
 * draws what the connection's state says and sends the answer.
 */
export class LivePlayScene extends ScreenScene {
  private live!: LiveConnection;
  private s!: LiveClientState;
  private draft: Draft = {};
  private geo: GeoData | null = null;
  private timer: TimerBar | undefined;
  /** What the screen last showed, so a board update that changes nothing here draws nothing. */
  private shown = '';
  /** The step of the game last announced. */
  private said = '';

  constructor() {
    super('LivePlay');
  }

  create(): void {
    this.begin();
    const live = this.svc.live.current;
    if (!live) return void this.svc.goHome();
    this.live = live;
    this.s = live.state;
    this.shown = '';
    this.said = '';
    this.geo = this.svc.map.ready();
    const stop = live.subscribe((s) => this.onState(s));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
    this.bindKeys({
      answer: (place) => this.answering() && this.view().answerKey?.(this.viewContext(), place),
      confirm: () => this.answering() && this.view().confirm?.(this.viewContext()),
    });
    // A map question may come at any time: its code and map load while the lobby waits.
    this.svc.map.load().then(
      (geo) => {
        this.geo = geo;
        if (this.scene.isActive() && this.s.question?.question.type === 'where') this.onState(this.s, true);
      },
      () => undefined,
    );
    this.onState(this.s, true);
  }

  /** Reads the open question aloud, or says why the device cannot. */
  private readAloud(): void {
    const q = this.s.question;
    if (!q) return;
    const { t } = this.svc.i18n;
    if (!this.svc.speech.hasVoice(q.lang)) return this.svc.a11y.announce(t('settings.readAloudNoVoice', { language: languageName(q.lang) }));
    this.svc.speech.speak(spokenQuestion(q.question, q.lang, this.svc.i18n));
  }

  private answering(): boolean {
    return this.s.screen === 'question' && !this.s.answer && !!this.s.question && (this.s.question.question.type !== 'where' || !!this.geo);
  }

  private onState(s: LiveClientState, force = false): void {
    this.s = s;
    const key = this.screenKey();
    if (!force && key === this.shown) return;
    this.shown = key;
    // Said once per step of the game, not each time someone else joins the lobby.
    // (A map question becoming answerable once the map has loaded is a step: focus goes to it.)
    const step = [s.screen, s.end, s.question?.index, s.answer ? (s.answer.acked ? 'acked' : 'sent') : '', s.result?.index, s.reveal?.index, this.answering()].join('|');
    const changed = step !== this.said;
    // A new question starts with no answer half made; the map arriving keeps what was made.
    if (s.screen === 'question' && !s.answer && this.said.split('|')[2] !== String(s.question?.index)) this.draft = {};
    this.said = step;
    this.refresh(changed ? this.focusFor() : (this.svc.a11y.focusedId() ?? undefined));
    if (changed) this.svc.a11y.announce(this.announcement());
    if (changed && s.screen === 'question' && !s.answer && this.svc.settings.get().readAloud) this.readAloud();
    else if (changed && s.screen !== 'question') this.svc.speech.stop();
  }

  /** What, on screen, is worth a redraw: the board's every tick is not. */
  private screenKey(): string {
    const s = this.s;
    return [s.screen, s.end, s.question?.index, s.answer ? (s.answer.acked ? 'acked' : 'sent') : '', s.result?.index, s.reveal?.index, s.board?.hostConnected, s.screen === 'lobby' ? s.board?.players.length : '', this.geo ? 'map' : ''].join('|');
  }

  private focusFor(): string | undefined {
    if (this.s.screen === 'question' && this.answering()) return this.view().focusId(this.viewContext());
    if (this.s.screen === 'over' || this.s.screen === 'podium') return 'home';
    return undefined;
  }

  private view() {
    return viewFor(this.s.question!.question.type, this.svc.map.whereView());
  }

  override update(): void {
    if (!this.timer || this.s.screen !== 'question' || !this.s.question) return;
    const left = this.live.timeLeftMs() ?? 0;
    this.timer.draw(left / this.s.question.timeLimitMs, left <= 5000);
  }

  private submit(response: Response): void {
    if (!this.answering()) return;
    this.svc.audio.play('button');
    this.live.answer(this.s.question!.index, response);
  }

  private viewContext(): ViewContext {
    return this.questionContext({ shown: this.s.question!.question, draft: this.draft, geo: this.geo, submit: (r) => this.submit(r) });
  }




  private promptText(): string {
    const q = this.s.question!.question;
    return q.type === 'truefalse' ? `${this.svc.i18n.t('round.trueFalse')} ${q.prompt}` : q.prompt;
  }

  private progress(): string {
    const q = this.s.question ?? null;
    const index = q?.index ?? this.s.reveal?.index ?? 0;
    const count = q?.count ?? this.s.board?.count ?? 0;
    return this.svc.i18n.t('round.progress', { n: index + 1, total: count });
  }

  private tone(): Tone {
    const r = this.s.result;
    if (!r || r.timedOut) return 'wrong';
    return r.correct ? 'right' : r.credit > 0 ? 'partial' : 'wrong';
  }

  private verdict(): string {
    const { t } = this.svc.i18n;
    const r = this.s.result;
    if (!r) return t('live.revealed');
    if (r.timedOut) return t('live.noAnswer');
    return t(r.correct ? 'live.right' : r.credit > 0 ? 'live.close' : 'live.wrong');
  }

  /** The lines under the verdict: the answer, what it earned, the total and the rank. */
  private revealLines(): string[] {
    const { t, number } = this.svc.i18n;
    const v = this.s.reveal!;
    const lines = [t('live.theAnswer', { answer: answerText(this.svc.i18n, v.answer) })];
    const r = this.s.result;
    if (r) lines.push(t('live.gained', { points: number(r.points) }), t('live.standing', { points: number(r.total), rank: number(r.rank), players: number(r.players) }));
    lines.push(t('live.waitNext'));
    return lines;
  }

  private announcement(): string {
    const { t } = this.svc.i18n;
    const s = this.s;
    switch (s.screen) {
      case 'connecting':
        return t('live.reconnecting');
      case 'lobby':
        return `${t('live.inTitle')} ${this.lobbyText()}`;
      case 'question':
        if (s.answer) return t(s.answer.acked ? 'live.received' : 'live.sent');
        return t('round.questionAnnounce', { n: s.question!.index + 1, total: s.question!.count, prompt: this.promptText(), count: Math.round(s.question!.timeLimitMs / 1000) });
      case 'reveal':
        return s.reveal ? `${this.verdict()}. ${this.revealLines().join(' ')}` : '';
      case 'podium':
        return this.podiumText();
      case 'over':
        return t(`live.over.${s.end ?? 'lost'}`);
    }
  }

  private lobbyText(): string {
    const { t } = this.svc.i18n;
    const name = this.s.me?.name ?? '';
    return this.s.board && !this.s.board.hostConnected ? t('live.waitingHost') : t('live.lobbyText', { name });
  }

  private podiumText(): string {
    const { t, number } = this.svc.i18n;
    const me = myStanding(this.s);
    const all = this.s.standings ?? [];
    if (!me) return t('live.podiumTitle');
    return t('live.yourPlace', { rank: number(me.rank), players: number(all.length), points: number(me.points), correct: number(me.correct), asked: number(me.asked) });
  }

  protected drawCanvas(w: number, h: number): void {
    this.timer = undefined;
    const s = this.s;
    const { t } = this.svc.i18n;
    const colors = this.look.colors;
    if (s.screen === 'question' && s.question) {
      const l = roundLayout(w, h, this.look.rtl);
      drawHud(this, w, h, { progress: this.progress(), score: this.s.me?.name ?? '', showPause: false });
      if (this.svc.speech.supported()) drawSpeakButton(this, w, h);
      this.timer = new TimerBar(this, l.timer);
      this.update();
      fittedText(this, l.prompt, this.promptText(), { size: Math.round(l.frame.font * 1.35), minSize: 16, bold: true, align: 'center' });
      if (this.answering()) this.view().drawCanvas(this.viewContext());
      else fittedText(this, l.answerArea, s.answer ? t(s.answer.acked ? 'live.received' : 'live.sent') : t('round.mapLoading'), { size: Math.round(l.frame.font * 1.3), bold: true, align: 'center', color: colors.accentText });
      return;
    }
    if (s.screen === 'reveal' && s.reveal) {
      const l = feedbackLayout(w, h);
      const f = l.frame.font;
      drawHud(this, w, h, { progress: this.progress(), score: this.s.me?.name ?? '', showPause: false });
      const tone = this.tone();
      panel(this, l.verdict, tone === 'right' ? colors.right : tone === 'partial' ? colors.partial : colors.wrong, 14);
      const mark = tone === 'right' ? MARK_RIGHT : tone === 'partial' ? MARK_PARTIAL : MARK_WRONG;
      fittedText(this, { x: l.verdict.x + 16, y: l.verdict.y, w: l.verdict.w - 32, h: l.verdict.h }, `${mark} ${this.verdict()}`, { size: Math.round(f * 1.3), bold: true });
      fittedText(this, { ...l.answers, h: l.answers.h + l.next.h }, this.revealLines().join('\n'), { size: f, valign: 'top' });
      return;
    }
    const l = livePanelLayout(w, h, { buttons: s.screen === 'over' || s.screen === 'podium' ? 1 : 0, headlineLines: 1, bodyLines: 6 });
    const f = l.frame.font;
    const [title, body] = this.panelTexts();
    fittedText(this, l.title, title, { size: Math.round(f * 1.5), bold: true, align: 'center', color: colors.accentText });
    fittedText(this, { ...l.headline, h: l.headline.h + l.body.h }, body, { size: Math.round(f * 1.2), align: 'center', valign: 'top' });
    if (l.buttons[0]) buttonFace(this, l.buttons[0], t('errors.backToMenu'), f);
  }

  /** Title and text of the screens between questions. */
  private panelTexts(): [string, string] {
    const { t, number } = this.svc.i18n;
    const s = this.s;
    switch (s.screen) {
      case 'connecting':
        return [t('live.connectingTitle'), t('live.reconnecting')];
      case 'lobby':
        return [t('live.inTitle'), `${this.lobbyText()}\n${t('live.playersIn', { count: s.board?.players.length ?? 0 })}`];
      case 'podium': {
        const top = (s.standings ?? []).slice(0, 3).map((x) => `${number(x.rank)}. ${x.name} · ${t('round.points', { points: number(x.points) })}`);
        return [t('live.podiumTitle'), [this.podiumText(), '', ...top].join('\n')];
      }
      case 'over':
        return [t('live.overTitle'), t(`live.over.${s.end ?? 'lost'}`)];
      default:
        return ['', ''];
    }
  }

  protected screen(w: number, h: number): LayerScreen {
    const s = this.s;
    const { t } = this.svc.i18n;
    if (s.screen === 'question' && s.question) {
      const speak = this.svc.speech.supported() ? [{ id: 'read-aloud', label: t('round.readAloud'), rect: roundLayout(w, h, this.look.rtl).speak, onPress: () => this.readAloud() }] : [];
      if (this.answering()) {
        const { buttons, controls } = this.view().layer(this.viewContext());
        return { title: this.progress(), text: [this.promptText()], buttons: [...buttons, ...speak], controls };
      }
      return { title: this.progress(), text: [this.promptText(), s.answer ? t(s.answer.acked ? 'live.received' : 'live.sent') : t('round.mapLoading')], buttons: speak };
    }
    if (s.screen === 'reveal' && s.reveal) {
      const v = s.reveal;
      const fl = feedbackLayout(w, h);
      return {
        title: this.progress(),
        text: [this.verdict(), ...this.revealLines()],
        source: {
          rect: { x: fl.source.x + 4, y: fl.source.y + fl.next.h + 4, w: fl.source.w - 8, h: fl.source.h - 8 },
          label: t('round.fromArticle'),
          parts: v.sentenceParts,
          lang: v.article.language,
          translation: v.sentenceTranslation,
          translationLabel: t('round.translation'),
          citation: [v.article.title, v.article.outlet, v.article.date].filter(Boolean).join(', '),
          readLabel: t('round.readSource'),
        },
        buttons: [],
      };
    }
    const l = livePanelLayout(w, h, { buttons: s.screen === 'over' || s.screen === 'podium' ? 1 : 0, headlineLines: 1, bodyLines: 6 });
    const [title, body] = this.panelTexts();
    return {
      title,
      text: body.split('\n').filter((x) => x !== ''),
      buttons: l.buttons[0] ? [{ id: 'home', label: t('errors.backToMenu'), rect: l.buttons[0], onPress: () => this.leave() }] : [],
    };
  }

  private leave(): void {
    this.live.leave();
    this.svc.goHome();
  }
}
