import { refreshers } from '../../training';
import type { WorkspaceDocument } from '../../workspace/document';
import type { WeekItem } from './item';
import { inWeek, type WeekWindow } from './window';

/** Classes that start in the coming week, with how many are enrolled against the seats. */
export function classesStarting(doc: Pick<WorkspaceDocument, 'trainingClasses' | 'trainingCourses'>, week: WeekWindow): WeekItem[] {
  const courses = new Map(doc.trainingCourses.map((c) => [c.id, c.name]));
  return doc.trainingClasses
    .filter((c) => !c.cancelled && inWeek(c.startsOn, week))
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn))
    .map((c) => ({
      kind: 'class',
      key: `class:${c.id}`,
      title: courses.get(c.courseId) ?? 'Training class',
      detail: `Class starts, ${c.trainees.length} of ${c.capacity} places taken${c.place ? ` · ${c.place}` : ''}`,
      on: c.startsOn,
      path: `/training/classes/${c.id}`,
    }));
}

/**
 * Refresher training falling due in the coming week, one line per agency: a large agency may
 * have dozens of officers due on the same week, and the coordinator schedules them together.
 */
export function refreshersFallingDue(
  doc: Pick<WorkspaceDocument, 'trainingClasses' | 'trainingCourses' | 'organizations'>,
  week: WeekWindow,
): WeekItem[] {
  const agencies = new Map(doc.organizations.map((o) => [o.id, o.name]));
  const byAgency = new Map<string, { people: number; first: string }>();
  for (const line of refreshers(doc, week.today)) {
    if (!inWeek(line.dueOn, week)) continue;
    const key = line.organizationId ?? '';
    const entry = byAgency.get(key);
    if (entry) {
      entry.people += 1;
      if (line.dueOn < entry.first) entry.first = line.dueOn;
    } else byAgency.set(key, { people: 1, first: line.dueOn });
  }
  return [...byAgency.entries()].map(([agencyId, { people, first }]) => ({
    kind: 'refresher',
    key: `refresher:${agencyId}`,
    title: `Refresher training due for ${people === 1 ? '1 person' : `${people} people`}`,
    detail: (agencyId && agencies.get(agencyId)) || 'No agency recorded',
    on: first,
    path: '/training',
  }));
}
