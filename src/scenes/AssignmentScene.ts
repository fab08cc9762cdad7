import { assignmentLaunch } from '../game/launch';
import type { AssignmentData } from '../game/routes';
import { studentKey } from '../game/saving';
import type { LayerScreen } from '../ui/dom/AccessibleLayer';
import { messageLayout, MIN_TOUCH, type Rect } from '../ui/layout';
import { buttonFace, fittedText } from '../ui/canvas/widgets';
import { formatPartialDate } from '../ui/text/dates';
import { ScreenScene } from './ScreenScene';

/** The student's first screen for an assignment: what the teacher set, a name, and Start. */
export class AssignmentScene extends ScreenScene {
  private d!: AssignmentData;
  private name = '';
  private note = '';

  constructor() {
    super('Assignment');
  }

  create(data: AssignmentData): void {
    this.d = data;
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
    const key = studentKey(this.d.link.id, name);
    this.scene.start('Round', assignmentLaunch(this.d, this.d.link, name, { resume: this.svc.assignments.progress(key), finished: this.svc.assignments.finished(key) }));
  }

  private lines(): string[] {
    const { t, number } = this.svc.i18n;
    const a = this.d.link.assignment;
    const time = a.timeLimitS === null || a.mode === 'practice' ? t('menu.roundInfoUntimed', { count: a.questionIds.length }) : t('menu.roundInfo', { count: a.questionIds.length, seconds: number(a.timeLimitS) });
    return [...(a.due ? [t('assign.due', { date: formatPartialDate(a.due, this.svc.i18n) })] : []), `${time} · ${t(`settings.mode_${a.mode}`)}`, t('assign.locked')];
  }

  private rects(w: number, h: number): { title: Rect; info: Rect; name: Rect; note: Rect; start: Rect } {
    const l = messageLayout(w, h);
    const f = l.frame.font;
    const c = l.frame.content;
    const title: Rect = { x: c.x, y: c.y + c.h * 0.06, w: c.w, h: f * 3.2 };
    const info: Rect = { x: c.x, y: title.y + title.h + 8, w: c.w, h: f * 5 };
    const nw = Math.min(c.w, 420);
    const name: Rect = { x: Math.round((w - nw) / 2), y: info.y + info.h + 16, w: nw, h: 90 };
    const note: Rect = { x: c.x, y: name.y + name.h + 4, w: c.w, h: f * 2.4 };
    const bw = Math.min(c.w, 320);
    const start: Rect = { x: Math.round((w - bw) / 2), y: note.y + note.h + 8, w: bw, h: Math.max(MIN_TOUCH, Math.round(f * 2.8)) };
    return { title, info, name, note, start };
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
      controls: [{ kind: 'text', id: 'student-name', label: t('assign.name'), rect: r.name, value: this.name, maxLength: 60, onInput: (v) => (this.name = v), onEnter: () => this.start() }],
      buttons: [{ id: 'start', label: t('assign.start'), rect: r.start, onPress: () => this.start() }],
    };
  }
}
