import { describe, expect, it } from 'vitest';
import { refusal } from '../support/refusal';
import { run, TODAY, withClass, withCourses } from '../support/fixtures/training-fixture';

describe('training commands', () => {
  it('refuses courses with impossible hours or a name already used', () => {
    const { doc } = withCourses();
    expect(refusal(() => run(doc, 'addCourse', { name: 'Youth', kind: 'advanced', hours: 0 })).fields.hours).toMatch(
      /at least 1 hour/,
    );
    expect(refusal(() => run(doc, 'addCourse', { name: 'Youth', kind: 'advanced', hours: 201 })).fields.hours).toMatch(
      /at most 200 hours/,
    );
    expect(refusal(() => run(doc, 'addCourse', { name: 'cit 40-HOUR course', hours: 40 })).message).toMatch(
      /already a course called "CIT 40-hour course"/,
    );
    expect(doc.trainingCourses[1]).toMatchObject({ refresherYears: 3, kind: 'dispatch' });
    expect(doc.trainingCourses[0]!.refresherYears).toBe(2);
  });

  it('refuses a class that ends before it starts, or holds fewer places than trainees', () => {
    const { doc, cit40 } = withCourses();
    const bad = refusal(() =>
      run(doc, 'addTrainingClass', { courseId: cit40, startsOn: '2025-05-09', endsOn: '2025-05-05' }),
    );
    expect(bad.fields.endsOn).toMatch(/before the first day/);
    const { doc: withOne, classId } = withClass(doc, cit40, '2025-05-05', '2025-05-09', [
      { name: 'Sam Reyes', organizationId: 'org-sheriff' },
      { name: 'Lee Park', organizationId: 'org-sheriff' },
    ]);
    expect(
      refusal(() => run(withOne, 'updateTrainingClass', { id: classId, changes: { capacity: 1 } })).fields.capacity,
    ).toMatch(/At least 2/);
    const full = run(withOne, 'updateTrainingClass', { id: classId, changes: { capacity: 2 } }).doc;
    expect(refusal(() => run(full, 'addTrainee', { classId, name: 'Third Person' })).message).toMatch(/class is full/);
    expect(
      refusal(() => run(withOne, 'addTrainee', { classId, name: 'sam reyes', organizationId: 'org-sheriff' })).message,
    ).toMatch(/already on this class/);
  });

  it('refuses a course that has classes, an unknown course, person or agency', () => {
    const { doc, cit40 } = withCourses();
    const { doc: withOne } = withClass(doc, cit40, '2025-05-05', '2025-05-09', []);
    expect(refusal(() => run(withOne, 'deleteCourse', { id: cit40 })).message).toMatch(/has a class. Delete it first/);
    expect(
      refusal(() => run(doc, 'addTrainingClass', { courseId: 'gone-course', startsOn: TODAY, endsOn: TODAY })).message,
    ).toMatch(/course no longer exists/);
    expect(
      refusal(() =>
        run(doc, 'addTrainingClass', { courseId: cit40, startsOn: TODAY, endsOn: TODAY, instructorIds: ['st-ghost'] }),
      ).message,
    ).toMatch(/no longer exists/);
    const other = withClass(doc, cit40, '2025-03-03', '2025-03-07', []);
    expect(
      refusal(() => run(other.doc, 'addTrainee', { classId: other.classId, name: 'X', organizationId: 'org-ghost' }))
        .message,
    ).toMatch(/no longer exists/);
    expect(refusal(() => run(withOne, 'addTrainee', { classId: other.classId, name: 'X' })).message).toMatch(
      /class no longer exists/,
    );
  });

  it('dates completions, marks everyone enrolled completed, and refuses what cannot be', () => {
    const { doc, cit40 } = withCourses();
    const later = withClass(doc, cit40, '2025-04-07', '2025-04-11', [{ name: 'Early Bird' }]);
    expect(
      refusal(() =>
        run(later.doc, 'setTraineeStatus', {
          classId: later.classId,
          traineeId: later.traineeIds[0]!,
          status: 'completed',
        }),
      ).message,
    ).toMatch(/has not begun yet/);

    const held = withClass(doc, cit40, '2025-03-03', '2025-03-07', [
      { name: 'Sam Reyes', organizationId: 'org-sheriff' },
      { name: 'Lee Park', organizationId: 'org-sheriff' },
      { name: 'Left Early', organizationId: 'org-sheriff' },
    ]);
    const [, , left] = held.traineeIds;
    let current = run(held.doc, 'setTraineeStatus', {
      classId: held.classId,
      traineeId: left!,
      status: 'did-not-complete',
    }).doc;
    const all = run(current, 'completeEnrolledTrainees', { classId: held.classId });
    expect(all.result).toBe(2);
    current = all.doc;
    const trainees = current.trainingClasses.find((c) => c.id === held.classId)!.trainees;
    expect(trainees.map((t) => [t.status, t.completedOn])).toEqual([
      ['completed', '2025-03-07'],
      ['completed', '2025-03-07'],
      ['did-not-complete', null],
    ]);
    expect(refusal(() => run(current, 'completeEnrolledTrainees', { classId: held.classId })).message).toMatch(
      /No one on this class is still marked enrolled/,
    );
    expect(
      refusal(() =>
        run(current, 'setTraineeStatus', {
          classId: held.classId,
          traineeId: left!,
          status: 'completed',
          completedOn: '2025-03-20',
        }),
      ).fields.completedOn,
    ).toMatch(/future/);
    // Back to enrolled clears the day.
    const undone = run(current, 'setTraineeStatus', {
      classId: held.classId,
      traineeId: held.traineeIds[0]!,
      status: 'enrolled',
    }).doc;
    expect(undone.trainingClasses.find((c) => c.id === held.classId)!.trainees[0]).toMatchObject({
      status: 'enrolled',
      completedOn: null,
    });
  });

  it('edits and removes trainees, and keeps one staffing line per agency', () => {
    const { doc, cit40 } = withCourses();
    const held = withClass(doc, cit40, '2025-03-03', '2025-03-07', [{ name: 'Sam Reyes' }]);
    const traineeId = held.traineeIds[0]!;
    let current = run(held.doc, 'updateTrainee', {
      classId: held.classId,
      traineeId,
      changes: { name: 'Samuel Reyes', organizationId: 'org-sheriff' },
    }).doc;
    expect(current.trainingClasses.at(-1)!.trainees[0]).toMatchObject({ name: 'Samuel Reyes', role: 'officer' });
    current = run(current, 'removeTrainee', { classId: held.classId, traineeId }).doc;
    expect(current.trainingClasses.at(-1)!.trainees).toEqual([]);
    expect(refusal(() => run(current, 'removeTrainee', { classId: held.classId, traineeId })).message).toMatch(
      /trainee no longer exists/,
    );

    current = run(current, 'setAgencyStaffing', { organizationId: 'org-sheriff', swornOfficers: 120 }).doc;
    current = run(current, 'setAgencyStaffing', {
      organizationId: 'org-sheriff',
      swornOfficers: 130,
      targetPercent: 50,
    }).doc;
    expect(current.agencyStaffing).toHaveLength(1);
    expect(current.agencyStaffing[0]).toMatchObject({ swornOfficers: 130, targetPercent: 50, dispatchers: null });
    expect(
      refusal(() => run(current, 'setAgencyStaffing', { organizationId: 'org-sheriff', swornOfficers: -1 })).fields
        .swornOfficers,
    ).toMatch(/at least 0/);
  });

  it('takes deleted people off classes and a deleted agency off trainees', () => {
    const { doc, cit40 } = withCourses();
    const held = withClass(
      doc,
      cit40,
      '2025-03-03',
      '2025-03-07',
      [{ name: 'Sam Reyes', organizationId: 'org-sheriff' }],
      {
        instructorIds: ['st-ortiz'],
        panelSpeakerIds: ['st-lee', 'st-lee'],
      },
    );
    expect(held.doc.trainingClasses.at(-1)!.panelSpeakerIds).toEqual(['st-lee']);
    let current = run(held.doc, 'setAgencyStaffing', { organizationId: 'org-sheriff', swornOfficers: 40 }).doc;
    current = run(current, 'deleteStakeholders', { ids: ['st-ortiz'] }).doc;
    expect(current.trainingClasses.at(-1)!.instructorIds).toEqual([]);
    current = run(current, 'deleteOrganization', { id: 'org-sheriff' }).doc;
    expect(current.trainingClasses.at(-1)!.trainees[0]!.organizationId).toBeNull();
    expect(current.agencyStaffing[0]!.organizationId).toBeNull();
  });
});

describe('a file written before training existed', () => {
  it('opens with empty training collections, so no migration is needed', async () => {
    const { WorkspaceDocument } = await import('../../src/workspace/document');
    const { doc } = withCourses();
    const { trainingCourses: _c, trainingClasses: _k, agencyStaffing: _s, ...older } = structuredClone(doc);
    const read = WorkspaceDocument.parse(older);
    expect([read.trainingCourses, read.trainingClasses, read.agencyStaffing]).toEqual([[], [], []]);
  });
});
