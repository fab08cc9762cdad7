/**
 * How the canvas is drawn on this page: the reading direction and the palette. The game holds it
 * (its registry, set by the composition root when the language and the high-contrast setting are
 * known, and again when the setting changes); widgets and scenes read it from the scene they draw
 * into, so a redraw follows a change and no module keeps a flag of its own.
 */
import type Phaser from 'phaser';
import { palette, type Palette } from './theme';

export interface Look {
  /** Right to left: layouts mirror and text starts at the right. */
  readonly rtl: boolean;
  readonly colors: Palette;
}

const LOOK_KEY = 'look';

export function look(rtl: boolean, highContrast: boolean): Look {
  return { rtl, colors: palette(highContrast) };
}

/** Sets the look every scene of `game` draws with from its next redraw. */
export function setLook(game: Phaser.Game, value: Look): void {
  game.registry.set(LOOK_KEY, value);
}

export function lookOf(scene: Phaser.Scene): Look {
  const value = scene.registry.get(LOOK_KEY) as Look | undefined;
  if (!value) throw new Error('the page look was not set before the first scene drew');
  return value;
}
