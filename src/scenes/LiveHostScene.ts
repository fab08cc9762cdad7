import Phaser from 'phaser';
import { classCsv, questionRows, studentRows } from '../core/classTable';
import type { LiveHostData } from '../game/routes';
import type { LiveClientState } from '../live/client';
import type { LiveConnection } from '../services/live';
import type { LayerButton, LayerScreen, LayerTable } from '../ui/dom/AccessibleLayer';
import { roundLayout, type Rect } from '../ui/layout';
import { liveLobbyBoxes, liveLobbyHeightNeeded, livePanelLayout, type LivePanelLayout, type LivePanelOptions } from '../ui/liveLayout';
import { cardLabels, cardsView } from '../ui/questions/cards';
import type { ViewContext } from '../ui/questions/types';
import { drawHud } from '../ui/canvas/roundView';
import { buttonFace, fittedText, TimerBar } from '../ui/canvas/widgets';
import { answerText, refusalText } from './liveWords';
import { ScreenScene } from './ScreenScene';

/**
 * The host's screen, for the projector: the lobby (PIN, join link and QR, who has joined, lock
 * and remove), each question with its countdown and how many have answered, the reveal (the
 * answer, how the room answered, the source sentence, the top five), and the podium with the
 * class results and their CSV. The room runs the game; this scene draws its state and sends the
 * host's commands.
 */
export class LiveHostScene extends ScreenScene {
  private live: LiveConnection | null = null;
  private s!: LiveClientState;
  private timer: TimerBar | undefined;
  private shown = '';
  private note = '';

  constructor() {
    super('LiveHost');
  }

  create(data: LiveHostData): void {
    this.begin();
    this.shown = '';
    this.note = '';
    this.live = null;
    this.bindKeys({ confirm: () => this.primary()?.onPress() });
    const current = this.svc.live.current;
    if (current && (!data.pin || current.pin === data.pin)) return this.attach(current);
    if (!data.pin) return void this.svc.goHome();
    // A reload: back into the game this tab hosts, with the class results gathered so far.
    const pin = data.pin;
    this.s = { ...this.svc.live.current?.state, screen: 'connecting' } as LiveClientState;
    this.refresh();
    void this.svc.live.resume(pin, this.svc.i18n.language).then((back) => {
      if (!this.scene.isActive()) return;
      if (back.ok) return this.attach(back.connection);
      this.svc.setLink({ host: null });
      this.scene.start('Message', { title: this.svc.i18n.t('live.hostTitle'), message: refusalText(this.svc.i18n, back.reason) });
    });
  }

  private attach(live: LiveConnection): void {
    this.live = live;
    this.s = live.state;
    const stop = live.subscribe((s) => this.onState(s));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
    this.onState(live.state, true);
  }

  private onState(s: LiveClientState, force = false): void {
    this.s = s;
    const key = [s.screen, s.end, s.question?.index, s.reveal?.index, s.board?.answered, s.board?.locked, s.board?.players.map((p) => `${p.playerId}${p.connected ? '' : '!'}`).join(','), s.standings?.length, s.refused].join('|');
    if (!force && key === this.shown) return;
    const phaseChanged = key.split('|').slice(0, 4).join('|') !== this.shown.split('|').slice(0, 4).join('|');
    this.shown = key;
    // A new phase puts focus on what comes next; a player joining keeps it where the host has it.
    this.refresh(phaseChanged ? this.primary()?.id : (this.svc.a11y.focusedId() ?? this.primary()?.id));
    if (phaseChanged) this.svc.a11y.announce(this.announcement());
  }

  override update(): void {
    if (!this.timer || this.s.screen !== 'question' || !this.s.question) return;
    const left = this.live?.timeLeftMs() ?? 0;
    this.timer.draw(left / this.s.question.timeLimitMs, left <= 5000);
  }

  private pin(): string {
    return this.live?.pin ?? '';
  }

  /** The PIN as it is read out: in groups of three. */
  private spacedPin(): string {
    return this.pin().replace(/(\d{3})(?=\d)/g, '$1 ');
  }

  private joinLink(): string {
    return this.svc.linkWith({ live: this.pin() });
  }

  private players() {
    return this.s.board?.players ?? [];
  }

  private announcement(): string {
    const { t, number } = this.svc.i18n;
    const s = this.s;
    switch (s.screen) {
      case 'connecting':
        return t('live.reconnecting');
      case 'lobby':
        return `${t('live.pinIs', { pin: this.spacedPin() })} ${t('live.joinAt', { link: this.joinLink() })}`;
      case 'question':
        return t('round.questionAnnounce', { n: s.question!.index + 1, total: s.question!.count, prompt: s.question!.question.prompt, count: Math.round(s.question!.timeLimitMs / 1000) });
      case 'reveal':
        return `${t('live.theAnswer', { answer: answerText(this.svc.i18n, s.reveal!.answer) })} ${this.tallyText()}`;
      case 'podium':
        return `${t('live.podiumTitle')}. ${(s.standings ?? []).slice(0, 3).map((x) => `${number(x.rank)}. ${x.name}`).join(', ')}`;
      case 'over':
        return t(`live.over.${s.end ?? 'lost'}`);
    }
  }

  private tallyText(): string {
    const { t, number } = this.svc.i18n;
    const tl = this.s.reveal!.tally;
    return t('live.tally', { right: number(tl.correct), close: number(tl.partial), wrong: number(tl.wrong), none: number(tl.noAnswer) });
  }

  /** For a card question, how many picked each card: "A ✓ Putin: 12 · B Kim: 3 …" (the right one marked). */
  private cardCounts(): string | null {
    const v = this.s.reveal!;
    const q = this.s.question?.index === v.index ? this.s.question.question : null;
    if (!v.tally.byPlace || !q || (q.type !== 'choice' && q.type !== 'truefalse')) return null;
    const { t, number } = this.svc.i18n;
    const labels = q.type === 'choice' ? q.options : [t('round.true'), t('round.false')];
    const right = v.answer.type === 'choice' || v.answer.type === 'truefalse' ? v.answer.place : -1;
    return labels.map((label, i) => `${String.fromCharCode(65 + i)}${i === right ? ' ✓' : ''} ${label}: ${number(v.tally.byPlace![i] ?? 0)}`).join(' · ');
  }

  /** The buttons of the screen, the first being what Enter does. */
  private buttonSpecs(): { id: string; label: string; onPress: () => void; disabled?: boolean }[] {
    const { t } = this.svc.i18n;
    const live = this.live;
    const end = { id: 'live-end', label: t('live.end'), onPress: () => this.endGame() };
    if (!live) return [];
    switch (this.s.screen) {
      case 'lobby': {
        const locked = this.s.board?.locked ?? false;
        return [
          { id: 'live-start', label: t('live.start'), onPress: () => live.start(), disabled: this.players().length === 0 },
          { id: 'live-lock', label: t(locked ? 'live.unlock' : 'live.lock'), onPress: () => live.lock(!locked) },
          end,
        ];
      }
      case 'question':
        return [{ id: 'live-close', label: t('live.closeNow'), onPress: () => live.close() }, end];
      case 'reveal': {
        const last = (this.s.reveal?.index ?? 0) + 1 >= (this.s.board?.count ?? 0);
        return [{ id: 'live-next', label: t(last ? 'live.toPodium' : 'live.next'), onPress: () => live.next() }, end];
      }
      case 'podium':
        return [
          { id: 'live-csv', label: t('live.downloadCsv'), onPress: () => this.downloadCsv() },
          { id: 'home', label: t('live.finish'), onPress: () => this.endGame() },
        ];
      case 'over':
        return [{ id: 'home', label: t('errors.backToMenu'), onPress: () => this.svc.goHome() }];
      default:
        return [];
    }
  }

  private primary() {
    return this.buttonSpecs().find((b) => !b.disabled);
  }

  private endGame(): void {
    this.live?.end();
    this.live?.leave();
    this.svc.setLink({ host: null });
    this.svc.goHome();
  }

  private classTables(): { students: LayerTable; questions: LayerTable; csv: string } {
    const { t, number } = this.svc.i18n;
    const results = this.live?.classResults() ?? [];
    const rows = studentRows(results);
    const headers = [t('live.col.student'), t('live.col.attempt'), t('live.col.points'), t('live.col.right'), t('live.col.seconds')];
    const asked = { questions: this.s.asked.map((q) => ({ id: q.questionId, prompt: q.prompt, type: q.type })) };
    const qs = questionRows(asked, this.s.asked.map((q) => q.questionId), results);
    return {
      students: { caption: t('live.classResults'), headers: [headers[0]!, headers[2]!, headers[3]!, headers[4]!], rows: rows.map((r) => [r.name, number(r.points), `${r.correct}/${r.asked}`, number(r.seconds)]), numeric: [1, 3] },
      questions: {
        caption: t('live.questionResults'),
        headers: [t('live.col.question'), t('live.col.shareRight'), t('live.col.commonWrong')],
        rows: qs.map((q) => [q.prompt, number(q.shareRight, { style: 'percent' }), q.commonWrong ?? '—']),
        numeric: [1],
      },
      csv: classCsv(headers, rows),
    };
  }

  private downloadCsv(): void {
    this.svc.download(`${this.svc.i18n.t('live.csvName', { pin: this.pin() })}.csv`, this.classTables().csv);
    this.svc.a11y.announce(this.svc.i18n.t('live.csvSaved'));
  }

  private boardTable(caption: string, standings: { rank: number; name: string; points: number; correct: number; asked: number }[]): LayerTable {
    const { t, number } = this.svc.i18n;
    return {
      caption,
      headers: [t('live.col.student'), t('live.col.place'), t('live.col.points'), t('live.col.right')],
      rows: standings.map((x) => [x.name, number(x.rank), number(x.points), `${number(x.correct)}/${number(x.asked)}`]),
      numeric: [1, 2],
    };
  }

  private layout(w: number, h: number): LivePanelLayout {
    return livePanelLayout(w, h, this.layoutOptions());
  }

  private layoutOptions(): LivePanelOptions {
    const n = this.buttonSpecs().length;
    switch (this.s.screen) {
      case 'lobby':
        return { buttons: n, headlineLines: 1.6, bodyLines: 2, panel: true };
      case 'reveal':
        return { buttons: n, headlineLines: 1, bodyLines: 5, panel: true };
      case 'podium':
        return { buttons: n, headlineLines: 1, bodyLines: 0, panel: true };
      default:
        return { buttons: n, headlineLines: 1, bodyLines: 4 };
    }
  }

  private texts(): { title: string; headline: string; body: string[] } {
    const { t, number } = this.svc.i18n;
    const s = this.s;
    switch (s.screen) {
      case 'lobby': {
        const count = this.players().length;
        return {
          title: t('live.pinTitle'),
          headline: this.spacedPin(),
          body: [t('live.joinAt', { link: this.joinLink() }), `${t('live.playersIn', { count })}${s.board?.locked ? ` · ${t('live.lockedNote')}` : ''}`],
        };
      }
      case 'reveal': {
        const v = s.reveal!;
        return { title: t('round.progress', { n: v.index + 1, total: s.board?.count ?? 0 }), headline: t('live.theAnswer', { answer: answerText(this.svc.i18n, v.answer) }), body: [this.tallyText(), ...(this.cardCounts() ? [this.cardCounts()!] : []), v.sentenceTranslation ? `${v.sentence}\n${v.sentenceTranslation}` : v.sentence] };
      }
      case 'podium': {
        const top = (s.standings ?? []).slice(0, 3).map((x) => `${number(x.rank)}. ${x.name} (${number(x.points)})`);
        return { title: t('live.podiumTitle'), headline: top.join('   '), body: [] };
      }
      case 'over':
        return { title: t('live.overTitle'), headline: '', body: [t(`live.over.${s.end ?? 'lost'}`)] };
      default:
        return { title: t('live.connectingTitle'), headline: '', body: [this.s.refused ? refusalText(this.svc.i18n, this.s.refused) : t('live.reconnecting')] };
    }
  }

  protected drawCanvas(w: number, h: number): void {
    this.timer = undefined;
    const colors = this.look.colors;
    if (this.s.screen === 'question' && this.s.question) return this.drawQuestion(w, h);
    const l = this.layout(w, h);
    const f = l.frame.font;
    const x = this.texts();
    fittedText(this, l.title, x.title, { size: Math.round(f * 1.4), bold: true, align: 'center', color: colors.accentText });
    if (x.headline) fittedText(this, l.headline, x.headline, { size: Math.round(f * (this.s.screen === 'lobby' ? 3.2 : 1.5)), bold: true, align: 'center' });
    fittedText(this, l.body, x.body.join('\n'), { size: f, align: 'center', valign: 'top', color: colors.text });
    this.buttonSpecs().forEach((b, i) => buttonFace(this, l.buttons[i]!, b.label, f, i === 0 && !b.disabled ? colors.button : colors.panelEdge));
  }

  private drawQuestion(w: number, h: number): void {
    const { t, number } = this.svc.i18n;
    const q = this.s.question!;
    const l = roundLayout(w, h, this.look.rtl);
    const players = this.players().length;
    drawHud(this, w, h, { progress: t('round.progress', { n: q.index + 1, total: q.count }), score: t('live.answered', { answered: number(this.s.board?.answered ?? 0), players: number(players) }), showPause: false });
    this.timer = new TimerBar(this, l.timer);
    this.update();
    const prompt = q.question.type === 'truefalse' ? `${t('round.trueFalse')} ${q.question.prompt}` : q.question.prompt;
    fittedText(this, l.prompt, prompt, { size: Math.round(l.frame.font * 1.5), minSize: 16, bold: true, align: 'center' });
    const buttons = this.buttonSpecs();
    const foot = livePanelLayout(w, h, { buttons: buttons.length });
    const area: Rect = { ...l.answerArea, h: Math.max(0, foot.buttons[0]!.y - 12 - l.answerArea.y) };
    if (q.question.type === 'choice' || q.question.type === 'truefalse') cardsView.drawCanvas(this.cardsContext(area));
    else fittedText(this, area, t(`live.answerOnPhone_${q.question.type}`), { size: Math.round(l.frame.font * 1.3), align: 'center', color: this.look.colors.muted });
    buttons.forEach((b, i) => buttonFace(this, foot.buttons[i]!, b.label, l.frame.font, i === 0 ? this.look.colors.button : this.look.colors.panelEdge));
  }

  /** The question's cards, drawn for the room to read (the host does not answer). */
  private cardsContext(area: Rect): ViewContext {
    return this.questionContext({ shown: this.s.question!.question, draft: {}, geo: null, submit: () => undefined, area });
  }


  protected screen(w: number, h: number): LayerScreen {
    const { t } = this.svc.i18n;
    const s = this.s;
    const specs = this.buttonSpecs();
    if (s.screen === 'question' && s.question) {
      const foot = livePanelLayout(w, h, { buttons: specs.length });
      const q = s.question;
      const options = q.question.type === 'choice' || q.question.type === 'truefalse' ? cardLabels(this.cardsContext(roundLayout(w, h, this.look.rtl).answerArea)).map((o, i) => `${String.fromCharCode(65 + i)}: ${o}`) : [t(`live.answerOnPhone_${q.question.type}`)];
      return {
        title: t('round.progress', { n: q.index + 1, total: q.count }),
        text: [q.question.prompt, ...options, t('live.answered', { answered: String(s.board?.answered ?? 0), players: String(this.players().length) })],
        buttons: specs.map((b, i) => ({ ...b, rect: foot.buttons[i]! })),
      };
    }
    const l = this.layout(w, h);
    const x = this.texts();
    const buttons: LayerButton[] = specs.map((b, i) => ({ ...b, rect: l.buttons[i]! }));
    const screen: LayerScreen = { title: x.title, text: [x.headline, ...x.body].filter((p) => p !== ''), buttons };
    if (s.screen === 'lobby') {
      const { pin: pinBox, link: linkBox, list } = liveLobbyBoxes(l.panel);
      screen.minHeight = liveLobbyHeightNeeded(w, this.layoutOptions());
      screen.controls = [
        { kind: 'code', id: 'pin', label: t('live.pinLabel'), rect: pinBox, value: this.pin() },
        { kind: 'code', id: 'join-link', label: t('live.joinLink'), rect: linkBox, value: this.joinLink(), qrLabel: t('live.joinQr') },
      ];
      screen.tables = { rect: list, items: [this.playersTable()] };
    } else if (s.screen === 'reveal' && s.reveal) {
      screen.tables = { rect: l.panel, items: [this.boardTable(t('live.topFive'), s.reveal.top)] };
    } else if (s.screen === 'podium') {
      const c = this.classTables();
      screen.tables = { rect: l.panel, items: [this.boardTable(t('live.standings'), s.standings ?? []), c.students, c.questions] };
    }
    return screen;
  }

  /** Who has joined, each with a Remove button named for them. */
  private playersTable(): LayerTable {
    const { t } = this.svc.i18n;
    const players = this.players();
    return {
      caption: t('live.playersTitle'),
      headers: [t('live.col.student'), t('live.col.status')],
      rows: players.map((p) => [p.name, t(p.connected ? 'live.connected' : 'live.away')]),
      actions: { header: t('live.col.remove'), items: players.map((p) => ({ id: `kick-${p.playerId}`, text: t('live.removeShort'), label: t('live.remove', { name: p.name }), onPress: () => this.live?.kick(p.playerId) })) },
    };
  }
}
