/**
 * Reading aloud: which voice says each part, and what is said for a question.
 */
import { describe, expect, it } from 'vitest';
import { browserSpeech } from '../../src/services/speech';
import { spokenQuestion } from '../../src/ui/text/spoken';
import type { I18n } from '../../src/services/i18n';

interface Said {
  text: string;
  lang: string;
  voice: string;
}

/** A speech host with these voices, recording what it is asked to say. */
function fakeHost(voices: { name: string; lang: string; localService: boolean }[]) {
  const said: Said[] = [];
  let cancelled = 0;
  class Utterance {
    lang = '';
    voice: { name: string } | null = null;
    constructor(readonly text: string) {}
  }
  const speechSynthesis = {
    getVoices: () => voices,
    speak: (u: Utterance) => said.push({ text: u.text, lang: u.lang, voice: u.voice!.name }),
    cancel: () => cancelled++,
  };
  return { host: { speechSynthesis, SpeechSynthesisUtterance: Utterance } as never, said, cancelled: () => cancelled };
}

describe('speech', () => {
  it('says each part with a voice of its own language, a device voice first, and skips a language it has no voice for', () => {
    const f = fakeHost([
      { name: 'Net English', lang: 'en-US', localService: false },
      { name: 'Device English', lang: 'en-GB', localService: true },
      { name: 'Device Arabic', lang: 'ar-SA', localService: true },
    ]);
    const speech = browserSpeech(f.host);
    expect(speech.supported()).toBe(true);
    expect([speech.hasVoice('en'), speech.hasVoice('ar'), speech.hasVoice('ko')]).toEqual([true, true, false]);
    speech.speak([
      { text: 'صح أم خطأ؟', lang: 'ar' },
      { text: 'Kim met Putin in Beijing.', lang: 'en' },
      { text: '김정은', lang: 'ko' },
    ]);
    expect(f.said).toEqual([
      { text: 'صح أم خطأ؟', lang: 'ar-SA', voice: 'Device Arabic' },
      { text: 'Kim met Putin in Beijing.', lang: 'en-GB', voice: 'Device English' },
    ]);
    // A new question stops the one before.
    expect(f.cancelled()).toBe(1);
  });

  it('is silent where the browser has no speech', () => {
    const speech = browserSpeech({});
    expect(speech.supported()).toBe(false);
    expect(() => speech.speak([{ text: 'x', lang: 'en' }])).not.toThrow();
  });

  it('reads a question as shown: the prompt in its language, the options with their letters', () => {
    const words: Record<string, string> = { 'round.trueFalse': 'Vrai ou faux ?', 'round.true': 'Vrai', 'round.false': 'Faux' };
    const i18n = { language: 'fr', t: (k: string) => words[k] ?? k } as unknown as I18n;
    expect(spokenQuestion({ id: 'q', kind: 'quote', type: 'choice', prompt: 'Who said it?', options: ['Putin', 'Kim'] }, 'en', i18n)).toEqual([
      { text: 'Who said it?', lang: 'en' },
      { text: 'A.', lang: 'fr' },
      { text: 'Putin', lang: 'en' },
      { text: 'B.', lang: 'fr' },
      { text: 'Kim', lang: 'en' },
    ]);
    expect(spokenQuestion({ id: 'q', kind: 'date', type: 'truefalse', prompt: 'Ils se sont vus en 2025.' }, 'fr', i18n).map((p) => p.text)).toEqual(['Vrai ou faux ?', 'Ils se sont vus en 2025.', 'Vrai. Faux.']);
  });
});
