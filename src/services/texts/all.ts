/** Every interface string, for the teacher page (which also shows the game's messages). */
import en from '../../locales/en.json';
import type { TextSource } from '../i18n';

const lazy = import.meta.glob<{ default: Record<string, unknown> }>(['../../locales/*.json', '!../../locales/en.json']);

export const allTexts: TextSource = {
  en,
  async load(language) {
    const load = lazy[`../../locales/${language}.json`];
    if (!load) throw new Error(`no interface text for ${language}`);
    return (await load()).default;
  },
};
