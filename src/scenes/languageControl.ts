import { LANGUAGE_NAMES, SUPPORTED_LANGUAGES } from '../services/languages';
import type { LayerControl } from '../ui/dom/layerControls';
import type { Rect } from '../ui/layout';
import type { GameServices } from './context';

/** The language switcher, on the menu and in settings: each language named in itself. */
export function languageControl(svc: GameServices, rect: Rect): LayerControl {
  return {
    kind: 'select',
    id: 'language',
    label: svc.i18n.t('settings.language'),
    rect,
    value: svc.i18n.language,
    options: SUPPORTED_LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang], lang })),
    onChange: (lang) => svc.switchLanguage(lang),
  };
}
