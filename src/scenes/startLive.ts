import type Phaser from 'phaser';
import type { MessageData, Routes } from '../game/routes';
import { servicesOf } from './context';

type LiveRoute = 'LiveSetup' | 'LiveHost' | 'LiveJoin' | 'LivePlay';

/**
 * Opens a live game's screen from a solo one (the menu, the boot link, loading): its code loads
 * first, then the screen starts. Offline before it was ever cached, the player is told so.
 */
export function startLive<K extends LiveRoute>(from: Phaser.Scene, key: K, data: Routes[K]): void {
  import('./liveScenes').then(
    ({ LIVE_SCENES }) => {
      const manager = from.scene.manager;
      for (const [k, scene] of Object.entries(LIVE_SCENES)) if (!manager.getScene(k)) manager.add(k, scene, false);
      // A scene added while the engine is mid-step is only queued: start it once it is there.
      const go = (): void => {
        if (manager.getScene(key)) from.scene.start(key, data);
        else from.game.events.once('poststep', go);
      };
      go();
    },
    () => {
      const { i18n } = servicesOf(from);
      from.scene.start('Message', { title: i18n.t('errors.title'), message: i18n.t('live.refused.unreachable') } satisfies MessageData);
    },
  );
}
