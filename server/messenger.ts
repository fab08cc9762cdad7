/**
 * What a live room sends, to whom, in which language. Everything that could give an answer away
 * (the right answer, who answered what, each player's outcome) is sent only once the question has
 * closed; while it is open, phones get the question without its answer (publicQuestion) and an
 * acknowledgement without a verdict.
 */
import type { Client, Room } from '@colyseus/core';
import type { MapSchema } from '@colyseus/schema';
import type { ServerMessages } from '../src/live/protocol';
import { publicQuestion, revealedAnswer } from '../src/live/publicQuestion';
import { hostRows, roomTally } from '../src/live/reveal';
import { hasAnswered, type LiveState } from '../src/live/state';
import { playerResult, standings, TOP_COUNT } from '../src/live/standings';
import type { BankTexts } from './bankTexts';
import type { ClientData } from './LiveRoom';
import type { PlayerView } from './roomState';

type LiveClient = Client<ClientData>;

export class Messenger {
  constructor(
    private room: Room<object, unknown, ClientData>,
    private texts: BankTexts,
    private now: () => number,
  ) {}

  private send<T extends keyof ServerMessages>(client: LiveClient, type: T, message: ServerMessages[T]): void {
    client.send(type, message);
  }

  private questionFor(game: LiveState, lang: string): ServerMessages['question'] {
    const rq = game.questions[game.index]!;
    return {
      index: game.index,
      count: game.questions.length,
      openedAt: game.openedAt,
      closesAt: game.openedAt + game.config.timeLimitMs,
      serverNow: this.now(),
      timeLimitMs: game.config.timeLimitMs,
      question: publicQuestion(rq, this.texts.in(lang).question(rq.question.id)),
      lang: this.texts.language(lang),
    };
  }

  private revealFor(game: LiveState, lang: string): ServerMessages['reveal'] {
    const rq = game.questions[game.index]!;
    const texts = this.texts.in(lang);
    const { sentence, parts, translation } = texts.sentence(rq.question.factId);
    return { index: game.index, answer: revealedAnswer(rq, texts.question(rq.question.id)), tally: roomTally(game), sentence, sentenceParts: parts, sentenceTranslation: translation, article: texts.article, top: standings(game).slice(0, TOP_COUNT) };
  }

  /** A question opens: each client gets it in its own language. */
  question(game: LiveState): void {
    for (const c of this.room.clients) this.send(c, 'question', this.questionFor(game, c.userData?.lang ?? ''));
  }

  ack(playerId: string, index: number, receivedAt: number): void {
    for (const c of this.room.clients) if (c.userData?.playerId === playerId) this.send(c, 'ack', { index, receivedAt });
  }

  /** The question closed: the answer and the room's answers for all, each player's own outcome, the host's rows. */
  reveal(game: LiveState): void {
    const rows = hostRows(game);
    const questionId = game.questions[game.index]!.question.id;
    for (const c of this.room.clients) {
      this.send(c, 'reveal', this.revealFor(game, c.userData?.lang ?? ''));
      const playerId = c.userData?.playerId;
      const result = playerId ? playerResult(game, playerId) : null;
      if (result) this.send(c, 'result', result);
      if (c.userData?.role === 'host') this.send(c, 'results', { index: game.index, questionId, rows });
    }
  }

  podium(game: LiveState): void {
    for (const c of this.room.clients) this.send(c, 'podium', { standings: standings(game) });
  }

  /** Where the game is, for a host or player who has just (re)connected. */
  private catchUp(client: LiveClient, game: LiveState, playerId?: string): void {
    const lang = client.userData?.lang ?? '';
    if (game.phase === 'question') {
      this.send(client, 'question', this.questionFor(game, lang));
      const p = playerId ? game.players.find((q) => q.id === playerId) : undefined;
      const a = p && hasAnswered(p, game) ? p.round.answers[game.index] : undefined;
      if (a && !a.timedOut) this.send(client, 'ack', { index: game.index, receivedAt: game.openedAt + a.elapsedMs });
    } else if (game.phase === 'reveal') {
      this.send(client, 'reveal', this.revealFor(game, lang));
      const result = playerId ? playerResult(game, playerId) : null;
      if (result) this.send(client, 'result', result);
      if (client.userData?.role === 'host') this.send(client, 'results', { index: game.index, questionId: game.questions[game.index]!.question.id, rows: hostRows(game) });
    } else if (game.phase === 'podium') {
      this.send(client, 'podium', { standings: standings(game) });
    }
  }

  welcomeHost(client: LiveClient, game: LiveState): void {
    this.send(client, 'welcome', { role: 'host' });
    this.catchUp(client, game);
  }

  welcomePlayer(client: LiveClient, game: LiveState, playerId: string): void {
    const p = game.players.find((q) => q.id === playerId)!;
    this.send(client, 'welcome', { role: 'player', playerId, name: p.name, token: p.token });
    this.catchUp(client, game, playerId);
  }

  /** The board in the shared state, as of the last reveal (standings.ts). */
  board(map: MapSchema<PlayerView>, game: LiveState, View: new () => PlayerView): void {
    const rows = standings(game);
    const ids = new Set(rows.map((r) => r.playerId));
    for (const id of [...map.keys()]) if (!ids.has(id)) map.delete(id);
    for (const r of rows) {
      let v = map.get(r.playerId);
      if (!v) {
        v = new View();
        map.set(r.playerId, v);
      }
      v.name = r.name;
      v.points = r.points;
      v.correct = r.correct;
      v.asked = r.asked;
      v.streak = r.streak;
      v.rank = r.rank;
      v.connected = r.connected;
    }
  }
}
