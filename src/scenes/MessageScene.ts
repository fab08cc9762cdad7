import type { LayerScreen } from '../ui/dom/AccessibleLayer';
import { messageLayout } from '../ui/layout';
import { buttonFace, fittedText } from '../ui/canvas/widgets';
import { ScreenScene } from './ScreenScene';

import type { MessageData } from '../game/routes';

/** A clear message and a way back to the menu: what a bad link gets instead of a blank canvas. */
export class MessageScene extends ScreenScene {
  private data_!: MessageData;

  constructor() {
    super('Message');
  }

  create(data: MessageData): void {
    this.data_ = data;
    this.begin();
    this.bindKeys({ confirm: () => this.svc.goHome() });
    this.refresh('home');
    this.svc.a11y.announce(`${data.title}. ${data.message}`);
  }

  protected drawCanvas(w: number, h: number): void {
    const l = messageLayout(w, h);
    const f = l.frame.font;
    fittedText(this, l.title, this.data_.title, { size: Math.round(f * 1.6), bold: true, align: 'center', color: this.look.colors.wrongText });
    fittedText(this, l.message, this.data_.message, { size: f, align: 'center', valign: 'top' });
    buttonFace(this, l.button, this.svc.i18n.t('errors.backToMenu'), f);
  }

  protected screen(w: number, h: number): LayerScreen {
    const l = messageLayout(w, h);
    return {
      title: this.data_.title,
      text: [this.data_.message],
      buttons: [{ id: 'home', label: this.svc.i18n.t('errors.backToMenu'), rect: l.button, onPress: () => this.svc.goHome() }],
    };
  }
}
