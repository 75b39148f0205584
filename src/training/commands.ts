import type { Draft } from 'immer';
import { z } from 'zod';
import { DayString } from '../model/dates';
import { Id } from '../model/ids';
import { dayInZone } from '../model/calendarDay';
import { changesOf } from '../commands/changes';
import { defineCommand, findOrFail, type CommandContext } from '../commands/define';
import { inCollection, trainingClassOf } from '../commands/references';
import { CommandError, InputError } from '../errors';
import type { WorkspaceDocument } from '../workspace/document';
import {
  ClassFields,
  CourseFields,
  StaffingFields,
  TraineeFields,
  TraineeStatus,
  type Course,
  type Trainee,
  type TrainingClass,
} from './model';

/**
 * Changes to courses, classes, trainees and agency staffing. Every one is undoable (applyCommand
 * records its patches). Dates are checked here rather than in the schema so that an edit that
 * moves only one end of a class is checked against the other end already stored.
 */

const CourseSubject = { id: inCollection('trainingCourses', 'course') };
const ClassSubject = { id: inCollection('trainingClasses', 'class') };
// courseId, classId and traineeId are declared with the shared references (src/commands/references.ts).
const classOf = trainingClassOf;

const courseName = (doc: WorkspaceDocument, id: unknown) => doc.trainingCourses.find((c) => c.id === id)?.name ?? '';
const className = (doc: WorkspaceDocument, id: unknown) => {
  const found = doc.trainingClasses.find((c) => c.id === id);
  return found ? `${courseName(doc, found.courseId)} ${found.startsOn}`.trim() : '';
};

export const addCourse = defineCommand({
  name: 'addCourse',
  label: 'add course',
  input: CourseFields.strict(),
  describe: (input) => `add course "${input.name}"`,
  apply(draft, input, context) {
    refuseDuplicateCourse(draft, input.name, null);
    const course: Course = { id: context.newId(), ...input, createdAt: context.now.toISOString() };
    draft.trainingCourses.push(course);
    return course.id;
  },
});

export const updateCourse = defineCommand({
  name: 'updateCourse',
  references: CourseSubject,
  label: 'edit course',
  input: z.strictObject({ id: Id, changes: changesOf(CourseFields) }),
  describe: (input, doc) => `edit course "${courseName(doc, input.id)}"`,
  apply(draft, { id, changes }) {
    const course = findOrFail(draft.trainingCourses, id, 'course');
    if (changes.name !== undefined) refuseDuplicateCourse(draft, changes.name, id);
    Object.assign(course, changes);
  },
});

export const deleteCourse = defineCommand({
  name: 'deleteCourse',
  references: CourseSubject,
  label: 'delete course',
  input: z.strictObject({ id: Id }),
  describe: (input, doc) => `delete course "${courseName(doc, input.id)}"`,
  apply(draft, { id }) {
    const index = draft.trainingCourses.findIndex((c) => c.id === id);
    const classes = draft.trainingClasses.filter((c) => c.courseId === id).length;
    // A course's classes are the record of who was trained; they are never deleted as a side effect.
    if (classes)
      throw new CommandError(
        `This course has ${classes === 1 ? 'a class' : `${classes} classes`}. Delete ${classes === 1 ? 'it' : 'them'} first, or keep the course.`,
      );
    draft.trainingCourses.splice(index, 1);
  },
});

export const addTrainingClass = defineCommand({
  name: 'addTrainingClass',
  label: 'add class',
  input: ClassFields.strict(),
  describe: (input, doc) => `add class of "${courseName(doc, input.courseId)}" on ${input.startsOn}`,
  apply(draft, input, context) {
    const trainingClass: TrainingClass = {
      id: context.newId(),
      ...input,
      trainees: [],
      createdAt: context.now.toISOString(),
    };
    settleClass(trainingClass);
    draft.trainingClasses.push(trainingClass);
    return trainingClass.id;
  },
});

export const updateTrainingClass = defineCommand({
  name: 'updateTrainingClass',
  references: ClassSubject,
  label: 'edit class',
  input: z.strictObject({ id: Id, changes: changesOf(ClassFields) }),
  describe: (input, doc) => `edit class "${className(doc, input.id)}"`,
  apply(draft, { id, changes }) {
    const trainingClass = findOrFail(draft.trainingClasses, id, 'class');
    Object.assign(trainingClass, changes);
    settleClass(trainingClass);
  },
});

export const deleteTrainingClass = defineCommand({
  name: 'deleteTrainingClass',
  references: ClassSubject,
  label: 'delete class',
  input: z.strictObject({ id: Id }),
  describe: (input, doc) => `delete class "${className(doc, input.id)}"`,
  apply(draft, { id }) {
    const index = draft.trainingClasses.findIndex((c) => c.id === id);
    draft.trainingClasses.splice(index, 1);
  },
});

const ClassRef = { classId: Id };

export const addTrainee = defineCommand({
  name: 'addTrainee',
  label: 'add trainee',
  input: z.strictObject({ ...ClassRef, ...TraineeFields.shape }),
  describe: (input) => `add trainee ${input.name}`,
  apply(draft, { classId, ...fields }, context) {
    const trainingClass = findOrFail(draft.trainingClasses, classId, 'class');
    if (trainingClass.trainees.length >= trainingClass.capacity)
      throw new CommandError(
        `This class is full (${trainingClass.capacity} places). Raise its capacity to add more trainees.`,
      );
    const key = fields.name.toLocaleLowerCase();
    if (
      trainingClass.trainees.some(
        (t) => t.name.toLocaleLowerCase() === key && t.organizationId === fields.organizationId,
      )
    )
      throw new InputError(`${fields.name} is already on this class.`, {
        name: `${fields.name} is already on this class.`,
      });
    const trainee: Trainee = { id: context.newId(), ...fields, status: 'enrolled', completedOn: null };
    trainingClass.trainees.push(trainee);
    return trainee.id;
  },
});

export const updateTrainee = defineCommand({
  name: 'updateTrainee',
  label: 'edit trainee',
  input: z.strictObject({ ...ClassRef, traineeId: Id, changes: changesOf(TraineeFields) }),
  describe: (input, doc) =>
    `edit trainee ${classOf(doc, input)?.trainees.find((t) => t.id === input.traineeId)?.name ?? ''}`.trim(),
  apply(draft, { classId, traineeId, changes }) {
    Object.assign(traineeIn(draft, classId, traineeId), changes);
  },
});

export const removeTrainee = defineCommand({
  name: 'removeTrainee',
  label: 'remove trainee',
  input: z.strictObject({ ...ClassRef, traineeId: Id }),
  describe: (input, doc) =>
    `remove trainee ${classOf(doc, input)?.trainees.find((t) => t.id === input.traineeId)?.name ?? ''}`.trim(),
  apply(draft, { classId, traineeId }) {
    const trainingClass = findOrFail(draft.trainingClasses, classId, 'class');
    trainingClass.trainees = trainingClass.trainees.filter((t) => t.id !== traineeId);
  },
});

export const setTraineeStatus = defineCommand({
  name: 'setTraineeStatus',
  label: 'set trainee status',
  input: z.strictObject({
    ...ClassRef,
    traineeId: Id,
    status: TraineeStatus,
    /** Defaults to the class's last day, or today if it has not ended. */
    completedOn: DayString.nullable().default(null),
  }),
  describe: (input) => `mark trainee ${TraineeStatus.labelOf(input.status).toLowerCase()}`,
  apply(draft, { classId, traineeId, status, completedOn }, context) {
    const trainingClass = findOrFail(draft.trainingClasses, classId, 'class');
    const trainee = traineeIn(draft, classId, traineeId);
    trainee.status = status;
    trainee.completedOn = status === 'completed' ? completionDay(draft, trainingClass, completedOn, context) : null;
  },
});

/** The end of a class: everyone still enrolled is marked completed at once. */
export const completeEnrolledTrainees = defineCommand({
  name: 'completeEnrolledTrainees',
  label: 'mark all present completed',
  input: z.strictObject({ ...ClassRef, completedOn: DayString.nullable().default(null) }),
  describe: (input, doc) => `mark everyone enrolled in "${className(doc, input.classId)}" completed`,
  apply(draft, { classId, completedOn }, context) {
    const trainingClass = findOrFail(draft.trainingClasses, classId, 'class');
    const enrolled = trainingClass.trainees.filter((t) => t.status === 'enrolled');
    if (!enrolled.length) throw new CommandError('No one on this class is still marked enrolled.');
    const day = completionDay(draft, trainingClass, completedOn, context);
    for (const trainee of enrolled) {
      trainee.status = 'completed';
      trainee.completedOn = day;
    }
    return enrolled.length;
  },
});

export const setAgencyStaffing = defineCommand({
  name: 'setAgencyStaffing',
  label: 'set agency staffing',
  input: z.strictObject({ organizationId: Id, ...StaffingFields.shape }),
  describe: (input, doc) =>
    `set the staffing of ${doc.organizations.find((o) => o.id === input.organizationId)?.name ?? 'an agency'}`,
  apply(draft, { organizationId, ...fields }, context) {
    const line = draft.agencyStaffing.find((s) => s.organizationId === organizationId);
    if (line) Object.assign(line, fields);
    else draft.agencyStaffing.push({ id: context.newId(), organizationId, ...fields });
  },
});

export const trainingCommands = {
  addCourse,
  updateCourse,
  deleteCourse,
  addTrainingClass,
  updateTrainingClass,
  deleteTrainingClass,
  addTrainee,
  updateTrainee,
  removeTrainee,
  setTraineeStatus,
  completeEnrolledTrainees,
  setAgencyStaffing,
};

function refuseDuplicateCourse(draft: Draft<WorkspaceDocument>, name: string, exceptId: string | null): void {
  const clash = draft.trainingCourses.find(
    (c) => c.id !== exceptId && c.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
  );
  if (clash)
    throw new InputError(`There is already a course called "${clash.name}". Choose a different name.`, {
      name: 'There is already a course of this name.',
    });
}

/** A class's dates and numbers hang together. */
function settleClass(trainingClass: Draft<TrainingClass> | TrainingClass): void {
  if (trainingClass.endsOn < trainingClass.startsOn)
    throw new InputError(`A class cannot end (${trainingClass.endsOn}) before it starts (${trainingClass.startsOn}).`, {
      endsOn: 'The last day is before the first day.',
    });
  if (trainingClass.capacity < trainingClass.trainees.length)
    throw new InputError(
      `${trainingClass.trainees.length} trainees are on this class, more than a capacity of ${trainingClass.capacity}.`,
      { capacity: `At least ${trainingClass.trainees.length}: the trainees already on it.` },
    );
  trainingClass.instructorIds = [...new Set(trainingClass.instructorIds)];
  trainingClass.panelSpeakerIds = [...new Set(trainingClass.panelSpeakerIds)];
}

function traineeIn(draft: Draft<WorkspaceDocument>, classId: string, traineeId: string): Draft<Trainee> {
  return findOrFail(findOrFail(draft.trainingClasses, classId, 'class').trainees, traineeId, 'trainee');
}

function completionDay(
  draft: Draft<WorkspaceDocument>,
  trainingClass: Draft<TrainingClass>,
  given: string | null,
  context: CommandContext,
): string {
  const today = dayInZone(context.now, draft.coalition.timeZone);
  if (trainingClass.cancelled) throw new CommandError('This class was cancelled: no one can complete it.');
  if (given && given < trainingClass.startsOn)
    throw new InputError(`The completion day (${given}) is before the class began (${trainingClass.startsOn}).`, {
      completedOn: 'Before the class began.',
    });
  if (given && given > today)
    throw new InputError('A completion cannot be dated in the future.', { completedOn: 'In the future.' });
  if (given) return given;
  if (trainingClass.startsOn > today)
    throw new CommandError(`This class has not begun yet (${trainingClass.startsOn}): no one can complete it.`);
  return trainingClass.endsOn <= today ? trainingClass.endsOn : today;
}
