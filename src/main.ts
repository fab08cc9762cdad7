/**
 * The composition root: launch link -> language -> services -> the game with its scenes.
 * Everything a scene needs is made here and handed over through the registry.
 */
import Phaser from 'phaser';
import { seedFrom } from './core/rng';
import { BootScene } from './scenes/BootScene';
import { SERVICES_KEY, type GameServices } from './scenes/context';
import { MenuScene } from './scenes/MenuScene';
import { MessageScene } from './scenes/MessageScene';
import { PreloadScene } from './scenes/PreloadScene';
import { ResultsScene } from './scenes/ResultsScene';
import { RoundScene } from './scenes/RoundScene';
import { performanceClock } from './services/clock';
import { createI18n } from './services/i18n';
import { readParams } from './services/params';
import { AccessibleLayer } from './ui/AccessibleLayer';
import { KeyboardInput } from './ui/keys';
import { COLORS } from './ui/theme';

async function start(): Promise<void> {
  const params = readParams(window.location.search);
  const i18n = await createI18n(params.lang);
  const a11y = new AccessibleLayer(document.getElementById('a11y')!);
  a11y.setLanguage(i18n.language, i18n.dir);
  document.title = i18n.t('app.name');

  const services: GameServices = {
    i18n,
    a11y,
    keys: new KeyboardInput(window),
    clock: performanceClock,
    params,
    newSeed: () => seedFrom(Math.random()),
    goHome: () => {
      const keep = new URLSearchParams();
      if (params.lang !== 'en') keep.set('lang', params.lang);
      const q = keep.toString();
      window.location.assign(window.location.pathname + (q ? `?${q}` : ''));
    },
    onHidden: (listener) => {
      const handler = () => {
        if (document.visibilityState === 'hidden') listener();
      };
      document.addEventListener('visibilitychange', handler);
      return () => document.removeEventListener('visibilitychange', handler);
    },
  };

  new Phaser.Game({
    type: Phaser.WEBGL,
    parent: 'game',
    backgroundColor: COLORS.background,
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    // All input arrives through the accessible layer's buttons and the keyboard service.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    banner: false,
    audio: { noAudio: true },
    callbacks: { preBoot: (game) => game.registry.set(SERVICES_KEY, services) },
    scene: [BootScene, PreloadScene, MenuScene, RoundScene, ResultsScene, MessageScene],
  });
}

start().catch((e: unknown) => {
  // Last resort: never a blank page.
  console.error(e);
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.style.cssText = 'padding:24px;font-size:18px';
  p.textContent = 'Factsprint could not start. Please reload the page.';
  document.getElementById('app')?.append(p);
});
