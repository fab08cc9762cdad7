import type { LayerControl } from '../dom/layerControls';
import { mirrorRows, type Rect } from '../layout';

/** Mirrors a rect within its row when right to left. */
const mirrorRect = (r: Rect, row: Rect, rtl: boolean): Rect => mirrorRows({ r }, row, rtl).r;
import { buttonFace, fittedText } from '../canvas/widgets';
import { formatPartialDate } from '../text/dates';
import type { PublicQuestion } from '../../live/publicQuestion';
import type { QuestionView, ViewContext } from './types';

const q = (ctx: ViewContext) => ctx.shown as Extract<PublicQuestion, { type: 'when' }>;

/** The draft as a date string at the question's precision. */
export function draftDate(ctx: ViewContext): string {
  const a = q(ctx);
  const year = ctx.draft.year ?? Math.round((a.minYear + a.maxYear) / 2);
  const month = ctx.draft.month ?? 6;
  const day = Math.min(ctx.draft.day ?? 15, daysIn(year, month));
  const pad = (n: number) => String(n).padStart(2, '0');
  if (a.precision === 'year') return String(year);
  if (a.precision === 'month') return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function rows(ctx: ViewContext): { value: Rect; year: Rect; pickers: Rect; submit: Rect } {
  const a = ctx.area;
  const f = ctx.font;
  const value: Rect = { x: a.x, y: a.y, w: a.w, h: Math.round(f * 2.8) };
  const year: Rect = { x: a.x, y: value.y + value.h + 8, w: a.w, h: Math.round(f * 1.4 + 50) };
  // Room under the slider for the timeline's year labels.
  const pickers: Rect = { x: a.x, y: year.y + year.h + 28, w: a.w, h: Math.round(f * 1.4 + 56) };
  const bh = Math.max(48, Math.round(f * 2.6));
  const bw = Math.min(320, a.w);
  const submit: Rect = { x: Math.round(a.x + (a.w - bw) / 2), y: pickers.y + pickers.h + 16, w: bw, h: bh };
  return mirrorRows({ value, year, pickers, submit }, a, ctx.look.rtl);
}

export const whenView: QuestionView = {
  drawCanvas(ctx) {
    const r = rows(ctx);
    fittedText(ctx.scene, r.value, formatPartialDate(draftDate(ctx), ctx.i18n), { size: Math.round(ctx.font * 1.9), bold: true, align: 'center', color: ctx.look.colors.accentText });
    // A timeline under the slider: the range's first, middle and last years.
    const a = q(ctx);
    const mid = Math.round((a.minYear + a.maxYear) / 2);
    const axisY = r.year.y + r.year.h + 2;
    const small = { size: 16, color: ctx.look.colors.muted };
    // A right-to-left slider runs from the right: its first year is at the right end.
    const [first, last] = ctx.look.rtl ? [a.maxYear, a.minYear] : [a.minYear, a.maxYear];
    fittedText(ctx.scene, { x: r.year.x, y: axisY, w: 80, h: 20 }, String(first), { ...small, align: ctx.look.rtl ? 'right' : 'left', valign: 'top' });
    fittedText(ctx.scene, { x: r.year.x + r.year.w / 2 - 40, y: axisY, w: 80, h: 20 }, String(mid), { ...small, align: 'center', valign: 'top' });
    fittedText(ctx.scene, { x: r.year.x + r.year.w - 80, y: axisY, w: 80, h: 20 }, String(last), { ...small, align: ctx.look.rtl ? 'left' : 'right', valign: 'top' });
    buttonFace(ctx.scene, r.submit, ctx.i18n.t('round.submit'), ctx.font);
  },
  layer(ctx) {
    const r = rows(ctx);
    const a = q(ctx);
    const { t } = ctx.i18n;
    const submit = () => ctx.submit({ kind: 'date', value: draftDate(ctx) });
    const [year, month, day] = draftDate(ctx).split('-').map(Number);
    const controls: LayerControl[] = [
      {
        kind: 'range',
        id: 'year',
        label: t('round.yearLabel'),
        rect: r.year,
        min: a.minYear,
        max: a.maxYear,
        step: 1,
        value: year!,
        valueText: (v) => String(v),
        onInput: (v) => {
          ctx.draft.year = v;
          ctx.redrawCanvas();
        },
        onEnter: submit,
      },
    ];
    const gap = 12;
    const half = Math.round((r.pickers.w - gap) / 2);
    if (a.precision !== 'year') {
      const monthName = (month: number) => ctx.i18n.date(new Date(Date.UTC(2000, month, 1)), { month: 'long', timeZone: 'UTC' });
      controls.push({
        kind: 'select',
        id: 'month',
        label: t('round.monthLabel'),
        rect: mirrorRect({ ...r.pickers, w: a.precision === 'day' ? half : r.pickers.w }, r.pickers, ctx.look.rtl),
        options: Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName(i) })),
        value: String(month),
        onChange: (v) => {
          ctx.draft.month = Number(v);
          ctx.redrawCanvas();
        },
      });
    }
    if (a.precision === 'day') {
      controls.push({
        kind: 'select',
        id: 'day',
        label: t('round.dayLabel'),
        rect: mirrorRect({ ...r.pickers, x: r.pickers.x + half + gap, w: half }, r.pickers, ctx.look.rtl),
        options: Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
        value: String(day),
        onChange: (v) => {
          ctx.draft.day = Number(v);
          ctx.redrawCanvas();
        },
      });
    }
    return { buttons: [{ id: 'submit', label: t('round.submit'), rect: r.submit, onPress: submit, keyshortcuts: 'Enter' }], controls };
  },
  focusId: () => 'year',
  confirm: (ctx) => ctx.submit({ kind: 'date', value: draftDate(ctx) }),
};
