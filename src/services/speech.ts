/**
 * Reading questions aloud with the browser's own speech synthesis: no network, no recording. Each
 * part is spoken in its own language (a question in the player's language, a quote in the
 * article's), with a voice the device has for it; where it has none, the part is not read with a
 * voice for another language, and the settings say so.
 */

export interface SpokenPart {
  text: string;
  /** A BCP 47 language, e.g. "en" or "ar". */
  lang: string;
}

export interface Speech {
  /** Whether this browser can speak at all. */
  supported(): boolean;
  /** Whether the device has a voice for this language (voices may arrive a moment after the page). */
  hasVoice(lang: string): boolean;
  /** Says the parts in order, after stopping whatever it was saying. */
  speak(parts: SpokenPart[]): void;
  stop(): void;
}

/** What the page offers: window.speechSynthesis and its utterances. */
export interface SpeechHost {
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
}

const primary = (lang: string) => lang.toLowerCase().split('-')[0]!;

export function browserSpeech(host: SpeechHost): Speech {
  const synth = host.speechSynthesis;
  const Utterance = host.SpeechSynthesisUtterance;
  const voiceFor = (lang: string): SpeechSynthesisVoice | null => {
    const voices = synth?.getVoices() ?? [];
    const same = voices.filter((v) => primary(v.lang) === primary(lang));
    // A voice on the device works offline; a network voice only online.
    return same.find((v) => v.localService && v.lang.toLowerCase() === lang.toLowerCase()) ?? same.find((v) => v.localService) ?? same[0] ?? null;
  };
  return {
    supported: () => !!synth && !!Utterance,
    hasVoice: (lang) => voiceFor(lang) !== null,
    speak(parts) {
      if (!synth || !Utterance) return;
      synth.cancel();
      for (const part of parts) {
        const voice = voiceFor(part.lang);
        if (!voice || !part.text.trim()) continue;
        const u = new Utterance(part.text);
        u.lang = voice.lang;
        u.voice = voice;
        synth.speak(u);
      }
    },
    stop() {
      synth?.cancel();
    },
  };
}

/** For pages and tests without speech: says nothing, has no voice. */
export const noSpeech: Speech = { supported: () => false, hasVoice: () => false, speak: () => undefined, stop: () => undefined };
