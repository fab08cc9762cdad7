import Phaser from 'phaser';
import { builtInBankReady } from '../services/bankLoading';
import { DEFAULT_BANK_ID } from '../core/bank/constants';
import { ASSIGN_ERRORS } from '../services/assignErrors';
import { servicesOf, type GameServices } from './context';
import type { LiveHostData, LiveJoinData, MessageData, PreloadData } from '../game/routes';
import type { Playable } from '../game/launch';
import { startLive } from './startLive';


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
          this.scene.start('Preload', { bankId: a.bankId ?? a.bank?.id ?? DEFAULT_BANK_ID, inlineBank: a.bank, bankFile: params.bankfile, assignment: { assignment: a, id: decoded.id } } satisfies PreloadData);
        },
        () => fail(i18n.t('errors.bankLoad', { id: 'assign' })),
      );
      return;
    }
    // Live games: joining needs no bank; hosting loads the bank to set the game up with, unless
    // this tab is coming back to a game it hosts (the server has the bank).
    if (params.live !== null) return startLive(this, 'LiveJoin', { pin: params.live } satisfies LiveJoinData);
    if (params.host !== null) {
      if (params.host && svc.live.savedRole(params.host) === 'host') return startLive(this, 'LiveHost', { pin: params.host } satisfies LiveHostData);
      return void this.scene.start('Preload', { bankId: params.bank ?? DEFAULT_BANK_ID, host: true } satisfies PreloadData);
    }
    const menu = menuWithoutLoading(svc);
    if (menu) this.scene.start('Menu', menu);
    // A bank file's link plays whatever bank the file holds, unless it also names one.
    else if (params.bankfile !== null) this.scene.start('Preload', { bankId: params.bank ?? '', bankFile: params.bankfile } satisfies PreloadData);
    else this.scene.start('Preload', { bankId: params.bank ?? DEFAULT_BANK_ID } satisfies PreloadData);
  }
}

/**
 * The menu's data when nothing needs loading or checking: a plain link, and its built-in bank
 * already here as the build checked it. The game can then open on the menu, with no loading
 * screen's frame (nor this scene's) in between. Null sends the player through the loading screen.
 */
export function menuWithoutLoading(svc: GameServices): Playable | null {
  const { params } = svc;
  if (params.problems.length > 0 || params.assign !== null || params.bankfile !== null || params.host !== null || params.live !== null) return null;
  return builtInBankReady(svc, params.bank ?? DEFAULT_BANK_ID);
}
