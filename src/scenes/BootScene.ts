import Phaser from 'phaser';
import { DEFAULT_BANK_ID } from '../services/banks';
import { servicesOf } from './context';
import type { MessageData } from './MessageScene';

/** Reads the launch link and sends the player to loading, or to a clear message if the link is bad. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    const { params, i18n } = servicesOf(this);
    const problem = params.problems[0];
    if (problem) {
      const message = problem.kind === 'seedInvalid' ? i18n.t('errors.seedInvalid', { seed: problem.seed }) : i18n.t('errors.assignUnsupported');
      this.scene.start('Message', { title: i18n.t('errors.title'), message } satisfies MessageData);
      return;
    }
    this.scene.start('Preload', { bankId: params.bank ?? DEFAULT_BANK_ID });
  }
}
