import type { WorkspaceDocument } from '../workspace/document';
import type { Course, CourseKind, Trainee, TrainingClass } from './model';

/**
 * When a class counts as held, and what it produced. One definition, used by the screens, the
 * summary print and the checklist of stages, so they never disagree.
 */

type TrainingDoc = Pick<WorkspaceDocument, 'trainingCourses' | 'trainingClasses'>;

/** A class is held once it has ended and was not cancelled. */
export function isHeld(trainingClass: TrainingClass, today: string): boolean {
  return !trainingClass.cancelled && trainingClass.endsOn <= today;
}

export function courseById(doc: Pick<WorkspaceDocument, 'trainingCourses'>): Map<string, Course> {
  return new Map(doc.trainingCourses.map((course) => [course.id, course]));
}

/** The classes of courses of one kind that have been held by `today`, earliest first. */
export function classesHeld(doc: TrainingDoc, kind: CourseKind, today: string): TrainingClass[] {
  const courses = courseById(doc);
  return doc.trainingClasses
    .filter((c) => courses.get(c.courseId)?.kind === kind && isHeld(c, today))
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
}

/** A trainee who completed a class, with the class and its course. */
export interface Completion {
  trainee: Trainee;
  trainingClass: TrainingClass;
  course: Course;
  /** The day it was completed: as recorded, else the class's last day. */
  on: string;
}

/** Every completion, of every course, in order of the day completed. */
export function completions(doc: TrainingDoc): Completion[] {
  const courses = courseById(doc);
  const out: Completion[] = [];
  for (const trainingClass of doc.trainingClasses) {
    const course = courses.get(trainingClass.courseId);
    if (!course || trainingClass.cancelled) continue;
    for (const trainee of trainingClass.trainees) {
      if (trainee.status !== 'completed') continue;
      out.push({ trainee, trainingClass, course, on: trainee.completedOn ?? trainingClass.endsOn });
    }
  }
  return out.sort((a, b) => a.on.localeCompare(b.on));
}

/** How many trainees completed a course of this kind (each completion counts once). */
export function completedCount(doc: TrainingDoc, kind: CourseKind, today: string): number {
  return completions(doc).filter((c) => c.course.kind === kind && c.on <= today).length;
}

/**
 * The same person across classes: the name as typed (ignoring case and spaces) and the agency.
 * Trainees are not stakeholders, so this is the best the file can say about who is who.
 */
export function personKey(trainee: Pick<Trainee, 'name' | 'organizationId'>): string {
  return `${trainee.name.trim().replace(/\s+/g, ' ').toLowerCase()}|${trainee.organizationId ?? ''}`;
}
