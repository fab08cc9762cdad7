import Phaser from 'phaser';
import { localizeBank } from '../core/bank/localize';
import { formatBankError } from '../core/bank/errors';
import { checkBank, checkValidatedBank, checkBuiltInBank, type BankCheck } from '../services/bankCheck';
import { LOCAL_PREFIX } from '../services/localBankKeys';
import { bankUrl, loadBuiltInBank } from '../services/builtInBanks';
import type { AssignmentData, AssignmentLink, PreloadData } from '../game/routes';
import { playable, type Playable } from '../game/launch';
import { frame } from '../ui/layout';
import { lookOf } from '../ui/canvas/look';
import { FONT_STACK } from '../ui/canvas/theme';
import { fitCamera, viewOf } from '../ui/engine/pixelRatio';
import { startLive } from './startLive';
import { servicesOf, type GameServices } from './context';
import type { MessageData } from '../game/routes';


/** Loads the bank with a progress bar, then checks it against the schema before anyone plays it. */
export class PreloadScene extends Phaser.Scene {
  constructor() {
    super('Preload');
  }

  /** The bank is for a live game the player is setting up, not for the menu. */
  private host = false;

  create(data: PreloadData): void {
    this.host = data.host === true;
    const { i18n, a11y, localBanks, bankFiles, bankShelf } = servicesOf(this);
    const id = data.bankId;
    /** How the bank choice names what is loading: a built-in id or `local:<id>`. */
    let choice = id;
    const fail = (message: string): void => {
      this.scene.start('Message', { title: i18n.t('errors.title'), message } satisfies MessageData);
    };
    // Whatever could not be had (the bank, the device's store, the schema to check with; offline
    // before it was ever cached, say): the same "could not be loaded" message.
    const couldNotLoad = (e: unknown): void => {
      console.warn(e);
      if (this.scene.isActive()) fail(i18n.t('errors.bankLoad', { id: id || (data.bankFile ?? '') }));
    };
    const accept = (checking: Promise<BankCheck>, shownId = id): void => {
      checking.then(
        (result) => {
          if (!this.scene.isActive()) return;
          const ready = localizedBankOrMessage(servicesOf(this), result, shownId);
          if ('message' in ready) return fail(ready.message);
          // Also after an assignment: its results lead to the menu, which shows this bank.
          bankShelf.playing(choice);
          this.next(ready, data.assignment);
        },
        couldNotLoad,
      );
    };

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
      bar.clear();
      bar.fillStyle(colors.panel, 1).fillRoundedRect(x, y, barW, 14, 7);
      if (p > 0) bar.fillStyle(colors.timer, 1).fillRoundedRect(x, y, Math.max(14, barW * p), 14, 7);
      label.setText(i18n.t('loading.progress', { percent: Math.round(p * 100) }));
    };
    draw(0);
    a11y.show({ title: i18n.t('loading.progress', { percent: 0 }), buttons: [] });

    if (data.inlineBank) return accept(checkBank(data.inlineBank, data.inlineBank.id));
    if (id.startsWith(LOCAL_PREFIX)) {
      // A bank built on this device: no download, straight from storage.
      localBanks().then(
        (store) => {
          if (!this.scene.isActive()) return;
          const entry = store.get(id.slice(LOCAL_PREFIX.length));
          if (!entry) return fail(i18n.t('errors.bankUnknown', { id }));
          accept(checkBank(entry.bank, entry.bank.id));
        },
        couldNotLoad,
      );
      return;
    }
    if (!bankUrl(id)) {
      // Not built in: a bank opened on this device earlier, or the bank file the link points to.
      bankFiles.find(id || null, data.bankFile ?? null, data.assignment?.assignment.questionIds).then((found) => {
        if (!this.scene.isActive()) return;
        if (found.kind === 'found') {
          choice = `${LOCAL_PREFIX}${found.bank.id}`;
          return accept(Promise.resolve(checkValidatedBank(found.bank, found.bank.id)), found.bank.id);
        }
        if (found.kind === 'refused') return fail(i18n.t(found.message.key, found.message.params));
        // An assignment whose bank travels as a file: the student is asked to open it, right there.
        if (data.assignment) return this.scene.start('BankNeeded', data);
        fail(i18n.t('errors.bankUnknown', { id }));
      }, couldNotLoad);
      return;
    }
    // The bank and the one translation this player needs; the bar shows the wait, not a percentage.
    draw(0.1);
    loadBuiltInBank(id, i18n.language === 'en' ? null : i18n.language).then(
      (fetched) => {
        if (!this.scene.isActive()) return;
        performance.mark('fs:bank-fetched');
        draw(1);
        accept(checkBuiltInBank(fetched, id));
      },
      couldNotLoad,
    );
  }

  private next(ready: Playable, assignment?: AssignmentLink): void {
    if (assignment) this.scene.start('Assignment', { ...ready, link: assignment } satisfies AssignmentData);
    else if (this.host) startLive(this, 'LiveSetup', ready);
    else this.scene.start('Menu', ready);
  }
}

/**
 * A checked bank made ready to play in the player's language, or the message that says why it
 * cannot be played. Shared by the loading screen and the boot scene's fast path.
 */
export function localizedBankOrMessage(svc: GameServices, result: BankCheck, id: string): Playable | { message: string } {
  performance.mark('fs:bank-checked');
  const { i18n } = svc;
  if (result.ok) {
    return { ...playable(localizeBank(result.bank, i18n.language)), source: result.bank };
  }
  if (result.reason === 'empty') return { message: i18n.t('errors.bankEmpty', { id }) };
  // Teachers need the file and JSON path; the console has every problem, the screen the first.
  console.warn(result.errors.map(formatBankError).join('\n'));
  return { message: i18n.t('errors.bankInvalid', { id, count: result.errors.length, first: result.first }) };
}
