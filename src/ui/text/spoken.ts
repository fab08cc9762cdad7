/**
 * A question as it is read aloud: the words on screen, each part in its own language (the
 * interface's "True or false?", the question in the language it is written in), the options
 * with their letters.
 */
import type { PublicQuestion } from '../../live/publicQuestion';
import type { I18n } from '../../services/i18n';
import type { SpokenPart } from '../../services/speech';

/** `questionLang`: the language the question's text is in (the article's where it has no translation). */
export function spokenQuestion(shown: PublicQuestion, questionLang: string, i18n: I18n): SpokenPart[] {
  const ui = i18n.language;
  const parts: SpokenPart[] = [];
  if (shown.type === 'truefalse') parts.push({ text: i18n.t('round.trueFalse'), lang: ui });
  parts.push({ text: shown.prompt, lang: questionLang });
  if (shown.type === 'choice') shown.options.forEach((o, i) => parts.push({ text: `${String.fromCharCode(65 + i)}.`, lang: ui }, { text: o, lang: questionLang }));
  if (shown.type === 'truefalse') parts.push({ text: `${i18n.t('round.true')}. ${i18n.t('round.false')}.`, lang: ui });
  return parts;
}
