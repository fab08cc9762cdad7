/**
 * Whether a player can reach each control: scrolled to as the browser does when it takes focus,
 * it must be on screen and not covered (WCAG 1.4.10 reflow and 2.4.11 focus not obscured).
 */
import type { Page } from 'playwright-core';

/**
 * Runs in the page: each visible control inside `root`, scrolled into view as the browser does
 * when it takes focus, must then be on screen with its centre not covered by anything else.
 * Returns the ones that are not, described.
 */
export async function unreachable(page: Page, root: string): Promise<string[]> {
  return page.evaluate(async (rootSelector) => {
    const out: string[] = [];
    const selector = 'button, input, select, textarea, a[href], [tabindex="0"]';
    const all = [...document.querySelectorAll<HTMLElement>(`${rootSelector} :is(${selector})`)];
    const shown = all.filter((el) => {
      const r = el.getBoundingClientRect();
      // Visually hidden on purpose (a screen reader's copy) is not a control to tap.
      return el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && r.width > 2 && r.height > 2 && !el.closest('.sr-only');
    });
    if (shown.length === 0) out.push('no control at all');
    for (const el of shown) {
      el.scrollIntoView({ block: 'center', inline: 'center' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const r = el.getBoundingClientRect();
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
      const onScreen = r.left + r.width / 2 >= 0 && r.right - r.width / 2 <= innerWidth && r.top + r.height / 2 >= 0 && r.bottom - r.height / 2 <= innerHeight;
      const hit = document.elementFromPoint(x, y);
      const label = hit?.closest('label');
      const own = !!hit && (hit === el || el.contains(hit) || (label !== null && label !== undefined && (label.control === el || label.contains(el))));
      if (!onScreen || !own) {
        const name = el.getAttribute('aria-label') ?? el.dataset.id ?? el.id ?? el.textContent?.trim().slice(0, 40);
        out.push(`${el.tagName.toLowerCase()} "${name}": ${onScreen ? `covered by ${hit?.tagName.toLowerCase()}.${hit?.className}` : 'off screen'}`);
      }
    }
    window.scrollTo(0, 0);
    return out;
  }, root);
}
