/**
 * The live game's refusals and results in the player's words: the room's reason codes
 * (docs/ARCHITECTURE.md, "Live game") mapped to the locale keys that explain them.
 */
import type { RevealedAnswer } from '../live/publicQuestion';
import type { I18n, TKey } from '../services/i18n';
import { formatPartialDate } from '../ui/text/dates';

const REFUSALS: Record<string, TKey> = {
  'name-empty': 'live.refused.nameEmpty',
  'name-too-long': 'live.refused.nameTooLong',
  'name-control': 'live.refused.nameControl',
  'name-abusive': 'live.refused.nameAbusive',
  'name-taken': 'live.refused.nameTaken',
  locked: 'live.refused.locked',
  full: 'live.refused.full',
  ended: 'live.refused.ended',
  'token-unknown': 'live.refused.expired',
  'token-expired': 'live.refused.expired',
  kicked: 'live.refused.kicked',
  'no-game': 'live.refused.noGame',
  'rate-limited': 'live.refused.rateLimited',
  unreachable: 'live.refused.unreachable',
  'bad-bank': 'live.refused.badBank',
  'no-questions': 'live.refused.badBank',
};

/** Why the room said no, for the screen and the live region. */
export function refusalText(i18n: I18n, reason: string): string {
  return i18n.t(REFUSALS[reason] ?? 'live.refused.other');
}

/** The right answer as the room is told it. */
export function answerText(i18n: I18n, a: RevealedAnswer): string {
  switch (a.type) {
    case 'choice':
      return a.text;
    case 'truefalse':
      return i18n.t(a.value ? 'round.true' : 'round.false');
    case 'estimate':
      return `${i18n.number(a.value)} ${a.unit}`.trim();
    case 'when':
      return formatPartialDate(a.value, i18n);
    case 'where':
      return a.name;
  }
}
