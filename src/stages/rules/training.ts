import { addDaysTo } from '../../actions';
import { tableDay } from '../../model/dateFormats';
import { CourseKind, isHeld, trainingEvidence } from '../../training';
import { countOf, listPhrase } from '../evidence';
import type { RuleSpec } from '../types';
import type { RuleContext, RuleResult } from './context';

type Spec = Extract<RuleSpec, { kind: 'training' }>;

/**
 * A class of one of these kinds of course held (ended, not cancelled), within `withinDays` when
 * the item is a habit rather than a first. A class on the calendar is progress.
 */
export function trainingRule(spec: Spec, { doc, today }: RuleContext): RuleResult {
  const what = listPhrase(spec.courseKinds.map((k) => CourseKind.labelOf(k)), 'or');
  const since = spec.withinDays ? addDaysTo(today, -spec.withinDays) : null;
  const evidence = trainingEvidence(doc, today);
  const kinds = spec.courseKinds.map((kind) => evidence.byKind[kind]);
  const lastHeldOn = kinds.reduce<string | null>((last, k) => (k.lastHeldOn && (!last || k.lastHeldOn > last) ? k.lastHeldOn : last), null);
  const classes = kinds.reduce((sum, k) => sum + k.classesHeld, 0);
  const completed = kinds.reduce((sum, k) => sum + k.completed, 0);
  const courses = new Map(doc.trainingCourses.map((c) => [c.id, c]));
  const planned = doc.trainingClasses
    .filter((c) => !c.cancelled && !isHeld(c, today) && spec.courseKinds.includes(courses.get(c.courseId)?.kind ?? 'advanced'))
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
  const plannedWords = planned ? ` The next starts on ${tableDay(planned.startsOn)}.` : '';
  if (lastHeldOn && (!since || lastHeldOn >= since)) {
    return {
      state: 'met',
      evidence: `${countOf(classes, 'class', 'classes')} of the ${what} held, the latest ending ${tableDay(lastHeldOn)}; ${countOf(completed, 'trainee')} completed.${plannedWords}`,
    };
  }
  const before = lastHeldOn ? `The last class of the ${what} ended on ${tableDay(lastHeldOn)}.` : `No class of the ${what} held yet.`;
  if (planned) return { state: 'partial', evidence: `${before}${plannedWords}` };
  return { state: 'unmet', evidence: `${before} None is planned.` };
}
