import Phaser from 'phaser';
import { loadBank } from '../services/bankLoading';
import type { AssignmentData, MessageData, PreloadData } from '../game/routes';
import type { Playable } from '../game/launch';
import { frame } from '../ui/layout';
import { lookOf } from '../ui/canvas/look';
import { FONT_STACK } from '../ui/canvas/theme';
import { fitCamera, viewOf } from '../ui/engine/pixelRatio';
import { startLive } from './startLive';
import { servicesOf } from './context';

/**
 * The loading screen: a progress bar while the bank loading service (services/bankLoading.ts)
 * finds, checks and localises the bank, then the screen the bank was loaded for, or a message.
 */
export class PreloadScene extends Phaser.Scene {
  constructor() {
    super('Preload');
  }

  create(data: PreloadData): void {
    const svc = servicesOf(this);
    const { i18n, a11y } = svc;
    fitCamera(this);
    const view = viewOf(this);
    const f = frame(view.width, view.height);
    const colors = lookOf(this).colors;
    const barW = Math.min(f.content.w, 420);
    const x = (f.w - barW) / 2;
    const y = f.h / 2;
    const label = this.add.text(f.w / 2, y - f.font * 1.6, i18n.t('loading.progress', { percent: 0 }), { fontFamily: FONT_STACK, fontSize: `${f.font * view.ratio}px`, color: colors.text })
      .setOrigin(0.5)
      .setScale(1 / view.ratio);
    const bar = this.add.graphics();
    const draw = (p: number) => {
      if (!this.scene.isActive()) return;
      bar.clear();
      bar.fillStyle(colors.panel, 1).fillRoundedRect(x, y, barW, 14, 7);
      if (p > 0) bar.fillStyle(colors.timer, 1).fillRoundedRect(x, y, Math.max(14, barW * p), 14, 7);
      label.setText(i18n.t('loading.progress', { percent: Math.round(p * 100) }));
    };
    draw(0);
    a11y.show({ title: i18n.t('loading.progress', { percent: 0 }), buttons: [] });

    void loadBank(data, svc, draw).then((loaded) => {
      if (!this.scene.isActive()) return;
      if (loaded.kind === 'ready') return this.next(loaded.playable, data);
      // An assignment whose bank travels as a file: the student is asked to open it, right there.
      if (loaded.kind === 'needsFile') return void this.scene.start('BankNeeded', data);
      this.scene.start('Message', { title: i18n.t('errors.title'), message: loaded.message } satisfies MessageData);
    });
  }

  private next(ready: Playable, data: PreloadData): void {
    if (data.assignment) this.scene.start('Assignment', { ...ready, link: data.assignment } satisfies AssignmentData);
    else if (data.host === true) startLive(this, 'LiveSetup', ready);
    else this.scene.start('Menu', ready);
  }
}
