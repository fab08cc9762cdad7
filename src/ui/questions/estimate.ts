import { mirrorRows, type Rect } from '../layout';
import { buttonFace, fittedText } from '../canvas/widgets';
import type { PublicQuestion } from '../../live/publicQuestion';

/** An estimate's slider range: the bank's answer and the shown question both have one. */
type Range = Pick<Extract<PublicQuestion, { type: 'estimate' }>, 'min' | 'max' | 'scale'>;
import type { QuestionView, ViewContext } from './types';

/** Slider positions: enough steps that every order of magnitude gets a smooth stretch. */
const STEPS = 1000;

const q = (ctx: ViewContext) => ctx.shown as Extract<PublicQuestion, { type: 'estimate' }>;

/** Slider position -> value, on a log scale where the range is wide. */
export function sliderToValue(a: Range, s: number): number {
  const f = Math.min(1, Math.max(0, s / STEPS));
  return a.scale === 'log' ? a.min * Math.pow(a.max / a.min, f) : a.min + (a.max - a.min) * f;
}

export function valueToSlider(a: Range, v: number): number {
  const clamped = Math.min(a.max, Math.max(a.min, v));
  const f = a.scale === 'log' ? Math.log(clamped / a.min) / Math.log(a.max / a.min) : (clamped - a.min) / (a.max - a.min);
  return Math.round(f * STEPS);
}

/** A slider value rounded to two significant figures: nobody estimates 12,837 troops. */
export function roundEstimate(v: number): number {
  if (v < 10) return Math.max(1, Math.round(v));
  const p = Math.pow(10, Math.floor(Math.log10(v)) - 1);
  return Math.round(v / p) * p;
}

function rows(ctx: ViewContext): { value: Rect; slider: Rect; keypad: Rect; submit: Rect } {
  const a = ctx.area;
  const f = ctx.font;
  const value: Rect = { x: a.x, y: a.y, w: a.w, h: Math.round(f * 2.8) };
  const slider: Rect = { x: a.x, y: value.y + value.h + 8, w: a.w, h: Math.round(f * 1.4 + 50) };
  const bottomH = Math.max(48, Math.round(f * 2.6));
  const keypadW = Math.min(260, Math.round(a.w * 0.55));
  const keypad: Rect = { x: a.x, y: slider.y + slider.h + 12, w: keypadW, h: Math.round(f * 1.4 + 56) };
  const submitW = Math.min(260, a.w - keypadW - 12);
  const wide = submitW >= 120;
  const submit: Rect = wide
    ? { x: a.x + a.w - submitW, y: keypad.y + keypad.h - bottomH, w: submitW, h: bottomH }
    : { x: a.x, y: keypad.y + keypad.h + 12, w: a.w, h: bottomH };
  return mirrorRows({ value, slider, keypad, submit }, a, ctx.look.rtl);
}

function current(ctx: ViewContext): number {
  const a = q(ctx);
  return ctx.draft.number ?? roundEstimate(a.scale === 'log' ? Math.sqrt(a.min * a.max) : (a.min + a.max) / 2);
}

export const estimateView: QuestionView = {
  drawCanvas(ctx) {
    const r = rows(ctx);
    const a = q(ctx);
    const text = ctx.i18n.t('round.estimateShown', { value: ctx.i18n.number(current(ctx)), unit: a.unit });
    fittedText(ctx.scene, r.value, text, { size: Math.round(ctx.font * 1.9), bold: true, align: 'center', color: ctx.look.colors.accentText });
    buttonFace(ctx.scene, r.submit, ctx.i18n.t('round.submit'), ctx.font);
  },
  layer(ctx) {
    const r = rows(ctx);
    const a = q(ctx);
    const { t, number } = ctx.i18n;
    const submit = () => ctx.submit({ kind: 'number', value: current(ctx) });
    return {
      buttons: [{ id: 'submit', label: t('round.submit'), rect: r.submit, onPress: submit, keyshortcuts: 'Enter' }],
      controls: [
        {
          kind: 'range',
          id: 'estimate',
          label: t('round.estimateLabel', { unit: a.unit }),
          rect: r.slider,
          min: 0,
          max: STEPS,
          step: 1,
          value: valueToSlider(a, current(ctx)),
          valueText: (s) => `${number(roundEstimate(sliderToValue(a, s)))} ${a.unit}`,
          onInput: (s) => {
            ctx.draft.number = roundEstimate(sliderToValue(a, s));
            ctx.redrawCanvas();
          },
          onEnter: submit,
        },
        {
          kind: 'number',
          id: 'keypad',
          label: t('round.estimateKeypad'),
          rect: r.keypad,
          value: null,
          onInput: (v) => {
            if (v === null || v <= 0) return;
            ctx.draft.number = v;
            ctx.setControlValue('estimate', String(valueToSlider(a, v)));
            ctx.redrawCanvas();
          },
          onEnter: submit,
        },
      ],
    };
  },
  focusId: () => 'estimate',
  confirm: (ctx) => ctx.submit({ kind: 'number', value: current(ctx) }),
};
