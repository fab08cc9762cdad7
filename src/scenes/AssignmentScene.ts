import { STUDENT_TIMINGS, type StudentTiming } from '../core/codes/timing';
import { isTimed } from '../core/settings';
import type { AssignmentData } from '../game/routes';
import type { LayerScreen } from '../ui/dom/AccessibleLayer';
import type { LayerControl } from '../ui/dom/layerControls';
import { messageLayout, MIN_TOUCH, type Rect } from '../ui/layout';
import { buttonFace, fittedText } from '../ui/canvas/widgets';
import { formatPartialDate } from '../ui/text/dates';
import { ScreenScene } from './ScreenScene';

/** The select's value for the teacher's own time. */
const AS_SET = 'teacher';

/**
 * The student's first screen for an assignment: what the teacher set, a name, the time per
 * question (the teacher's, more, or none: WCAG 2.2.1 lets the user extend or turn off a limit,
 * and the result code tells the teacher), and Start.
 */
export class AssignmentScene extends ScreenScene {
  private d!: AssignmentData;
  private name = '';
  private note = '';
  /** Undefined: the teacher's time. */
  private timing: StudentTiming | undefined;

  constructor() {
    super('Assignment');
  }

  create(data: AssignmentData): void {
    this.d = data;
    this.timing = undefined;
    this.begin();
    this.bindKeys({});
    this.refresh('student-name');
  }

  private start(): void {
    const { t } = this.svc.i18n;
    const name = this.name.trim();
    if (!name) {
      this.note = t('assign.needName');
      this.refresh('student-name');
      this.svc.a11y.announce(this.note);
      return;
    }
    this.scene.start('Round', this.svc.play.assignment(this.d, name, this.timing));
  }

  /** Only a round with a clock has a time to choose (practice and "off" have none). */
  private timed(): boolean {
    return isTimed(this.d.link.assignment);
  }

  private lines(): string[] {
    const { t, number } = this.svc.i18n;
    const a = this.d.link.assignment;
    const time = isTimed(a) ? t('menu.roundInfo', { count: a.questionIds.length, seconds: number(a.timeLimitS) }) : t('menu.roundInfoUntimed', { count: a.questionIds.length });
    return [...(a.due ? [t('assign.due', { date: formatPartialDate(a.due, this.svc.i18n) })] : []), `${time} · ${t(`settings.mode_${a.mode}`)}`, t('assign.locked'), ...(this.timed() ? [t('assign.timingNote')] : [])];
  }

  private rects(w: number, h: number): { title: Rect; info: Rect; name: Rect; timing: Rect; note: Rect; start: Rect } {
    const l = messageLayout(w, h);
    const f = l.frame.font;
    const c = l.frame.content;
    const title: Rect = { x: c.x, y: c.y + c.h * 0.06, w: c.w, h: f * 3.2 };
    const info: Rect = { x: c.x, y: title.y + title.h + 8, w: c.w, h: f * 5 };
    const top = info.y + info.h + 16;
    const fh = 90;
    let name: Rect;
    let timing: Rect;
    if (!this.timed()) {
      const nw = Math.min(c.w, 420);
      name = { x: Math.round((w - nw) / 2), y: top, w: nw, h: fh };
      timing = { ...name, h: 0 };
    } else if (!l.frame.portrait) {
      // Side by side on a wide screen, so Start stays as high as it was without the choice;
      // the name comes first in reading order, on the right in a right-to-left language.
      const gap = 16;
      const fw = Math.min(420, Math.floor((c.w - gap) / 2));
      const left = Math.round((w - (2 * fw + gap)) / 2);
      const right = left + fw + gap;
      name = { x: this.look.rtl ? right : left, y: top, w: fw, h: fh };
      timing = { x: this.look.rtl ? left : right, y: top, w: fw, h: fh };
    } else {
      const fw = Math.min(c.w, 420);
      name = { x: Math.round((w - fw) / 2), y: top, w: fw, h: fh };
      timing = { ...name, y: top + fh + 8 };
    }
    const fields = Math.max(name.y + name.h, timing.y + timing.h);
    const note: Rect = { x: c.x, y: fields + 4, w: c.w, h: f * 2.4 };
    const bw = Math.min(c.w, 320);
    const start: Rect = { x: Math.round((w - bw) / 2), y: note.y + note.h + 8, w: bw, h: Math.max(MIN_TOUCH, Math.round(f * 2.8)) };
    return { title, info, name, timing, note, start };
  }

  /** The teacher's time, each of the settings' longer times, and none. */
  private timingControl(rect: Rect): LayerControl {
    const { t, number } = this.svc.i18n;
    const label = (v: StudentTiming) => (v === 'off' ? t('assign.timingOff') : t('settings.extraTimes', { factor: number(v) }));
    return {
      kind: 'select',
      id: 'student-timing',
      label: t('assign.timing'),
      rect,
      value: this.timing === undefined ? AS_SET : String(this.timing),
      options: [{ value: AS_SET, label: t('assign.timingTeacher') }, ...STUDENT_TIMINGS.map((v) => ({ value: String(v), label: label(v) }))],
      onChange: (v) => (this.timing = STUDENT_TIMINGS.find((x) => String(x) === v)),
    };
  }

  protected drawCanvas(w: number, h: number): void {
    const r = this.rects(w, h);
    const f = messageLayout(w, h).frame.font;
    const { t } = this.svc.i18n;
    fittedText(this, r.title, t('assign.heading', { title: this.d.link.assignment.title }), { size: Math.round(f * 1.5), bold: true, align: 'center', color: this.look.colors.accentText });
    fittedText(this, r.info, this.lines().join('\n'), { size: f, align: 'center' });
    if (this.note) fittedText(this, r.note, this.note, { size: f, align: 'center', color: this.look.colors.wrongText });
    buttonFace(this, r.start, t('assign.start'), f);
  }

  protected screen(w: number, h: number): LayerScreen {
    const r = this.rects(w, h);
    const { t } = this.svc.i18n;
    return {
      title: t('assign.heading', { title: this.d.link.assignment.title }),
      text: [...this.lines(), ...(this.note ? [this.note] : [])],
      controls: [
        { kind: 'text', id: 'student-name', label: t('assign.name'), rect: r.name, value: this.name, maxLength: 60, onInput: (v) => (this.name = v), onEnter: () => this.start() },
        ...(this.timed() ? [this.timingControl(r.timing)] : []),
      ],
      buttons: [{ id: 'start', label: t('assign.start'), rect: r.start, onPress: () => this.start() }],
    };
  }
}
