import Phaser from 'phaser';
import type { Assignment } from '../core/codes/assignment';
import { acceptBank, DEFAULT_BANK_ID } from '../services/banks';
import { fetchedBuiltInBank } from '../services/builtInBanks';
import { ASSIGN_ERRORS } from '../services/assignErrors';
import { servicesOf } from './context';
import type { MessageData } from './MessageScene';
import { readyBank, type PreloadData } from './PreloadScene';

export interface AssignmentLink {
  assignment: Assignment;
  id: string;
}

/** Reads the launch link and sends the player to loading, or to a clear message if the link is bad. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    performance.mark('fs:boot');
    const svc = servicesOf(this);
    const { params, i18n } = svc;
    const fail = (message: string): void => {
      this.scene.start('Message', { title: i18n.t('errors.title'), message } satisfies MessageData);
    };
    const problem = params.problems[0];
    if (problem) return fail(i18n.t('errors.seedInvalid', { seed: problem.seed }));
    if (params.assign !== null) {
      const code = params.assign;
      // The codec (and its compression) loads only for students who arrive with an assignment.
      import('../core/codes/assignment').then(
        ({ decodeAssignment }) => {
          const decoded = decodeAssignment(code);
          if (!decoded.ok) return fail(i18n.t(ASSIGN_ERRORS[decoded.error]));
          const a = decoded.assignment;
          // A teacher who fixed the language gets it, whatever the student's own choice.
          if (a.lang && a.lang !== i18n.language && !params.lang) return svc.relaunchIn(a.lang);
          this.scene.start('Preload', { bankId: a.bankId ?? a.bank?.id ?? DEFAULT_BANK_ID, inlineBank: a.bank, assignment: { assignment: a, id: decoded.id } } satisfies PreloadData);
        },
        () => fail(i18n.t('errors.bankLoad', { id: 'assign' })),
      );
      return;
    }
    const bankId = params.bank ?? DEFAULT_BANK_ID;
    // Usually the bank arrived while the engine booted (main asked for it first): then straight
    // to the menu, without a loading screen's frame in between.
    const text = fetchedBuiltInBank(bankId, i18n.language === 'en' ? null : i18n.language);
    if (text !== null) {
      const ready = readyBank(svc, acceptBank(text, bankId), bankId);
      if ('message' in ready) return fail(ready.message);
      this.scene.start('Menu', { bank: ready.bank });
      return;
    }
    this.scene.start('Preload', { bankId } satisfies PreloadData);
  }
}
