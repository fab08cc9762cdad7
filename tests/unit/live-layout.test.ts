import { describe, expect, it } from 'vitest';
import type { Rect } from '../../src/ui/layout';
import { liveLobbyBoxes, liveLobbyHeightNeeded, livePanelLayout, type LivePanelOptions } from '../../src/ui/liveLayout';

// The host's lobby as LiveHostScene lays it out: Start and Lock at the foot, the PIN as headline.
const LOBBY: LivePanelOptions = { buttons: 2, headlineLines: 1.6, bodyLines: 2, panel: true };

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Rect, b: Rect) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;

describe("the live host's lobby", () => {
  it('fits a projector (1920x1080, 1280x720) and a laptop without asking the page to scroll', () => {
    for (const [w, h] of [[1920, 1080], [1280, 720], [1024, 640]] as const) expect(liveLobbyHeightNeeded(w, LOBBY)).toBeLessThanOrEqual(h);
  });

  it('asks for more height than a projector at 200% zoom (640x360) has, and at that height nothing overlaps', () => {
    for (const w of [640, 320, 390, 800]) {
      const h = liveLobbyHeightNeeded(w, LOBBY);
      if (w === 640) expect(h).toBeGreaterThan(360);
      const l = livePanelLayout(w, h, LOBBY);
      const b = liveLobbyBoxes(l.panel);
      // The PIN holds its label and a line; the link its label and three lines; the players a row.
      expect(b.pin.h).toBeGreaterThanOrEqual(84);
      expect(b.link.h).toBeGreaterThanOrEqual(108);
      expect(b.list.h).toBeGreaterThanOrEqual(w >= 700 ? 200 : 100);
      for (const box of [b.pin, b.link, b.list]) expect(inside(box, l.panel), `${w}x${h}`).toBe(true);
      expect(overlap(b.pin, b.link) || overlap(b.pin, b.list) || overlap(b.link, b.list)).toBe(false);
      for (const button of l.buttons) for (const box of [b.pin, b.link, b.list]) expect(overlap(button, box)).toBe(false);
    }
  });
});
