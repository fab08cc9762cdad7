/**
 * The baseline for the page benchmark: the least a Phaser 4 game can be. One scene that draws
 * one text, configured like the real game (WebGL, RESIZE to the window, no input or audio
 * plugins), built by the same Vite with the same options. Whatever Factsprint costs beyond
 * this page is the game's own.
 */
import Phaser from 'phaser';

declare global {
  interface Window {
    /** performance.now() when the scene's create() has run and its first frame has rendered. */
    __bareReady?: number;
  }
}

class HelloScene extends Phaser.Scene {
  constructor() {
    super('Hello');
  }

  create(): void {
    const { width, height } = this.scale.gameSize;
    this.add.text(width / 2, height / 2, 'Hello, Phaser 4', { fontFamily: 'sans-serif', fontSize: '32px', color: '#f4f6fb' }).setOrigin(0.5);
    // create() runs before the scene is drawn: the signal waits for the frame that shows the text.
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      window.__bareReady = performance.now();
    });
  }
}

new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'game',
  backgroundColor: 0x0f1c2e,
  scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
  input: { keyboard: false, mouse: false, touch: false, gamepad: false },
  banner: false,
  audio: { noAudio: true },
  scene: [HelloScene],
});
