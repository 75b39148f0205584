import { describe, expect, it } from 'vitest';
import { TestCoalition } from '../support/fixtures/stages-fixture';

/** Step Two's and Three's training and data items read those records (today is 20 Oct 2025). */

function withCourses() {
  const c = new TestCoalition();
  const cit = c.run('addCourse', { name: 'CIT 40-hour course', kind: 'cit-40', hours: 40 });
  const refresher = c.run('addCourse', { name: 'Annual refresher', kind: 'in-service', hours: 8 });
  const sheriff = c.run('addOrganization', { name: 'Lakeside County Sheriff', sector: 'law-enforcement' });
  return { c, cit, refresher, sheriff };
}

function classWith(
  c: TestCoalition,
  courseId: string,
  startsOn: string,
  endsOn: string,
  completed: string[],
  organizationId: string | null = null,
) {
  const classId = c.run('addTrainingClass', { courseId, startsOn, endsOn, place: 'Sheriff’s training room' });
  for (const name of completed) {
    const traineeId = c.run('addTrainee', { classId, name, organizationId });
    c.run('setTraineeStatus', { classId, traineeId, status: 'completed' });
  }
  return classId;
}

describe('"Hold the first 40-hour course"', () => {
  it('is not started with no class, under way with one planned, done once one has ended', () => {
    const { c, cit } = withCourses();
    expect(c.item('training.first-course')).toMatchObject({ status: 'not-started', source: 'data' });
    expect(c.item('training.first-course').derived?.evidence).toBe(
      'No class of the 40-hour CIT course for officers held yet. None is planned.',
    );
    classWith(c, cit, '2025-11-03', '2025-11-07', []);
    expect(c.item('training.first-course')).toMatchObject({ status: 'in-progress' });
    expect(c.item('training.first-course').derived?.evidence).toContain('The next starts on 3 Nov 2025.');
    classWith(c, cit, '2025-05-12', '2025-05-16', ['Officer Lee', 'Deputy Park']);
    expect(c.item('training.first-course')).toMatchObject({ status: 'done' });
    expect(c.item('training.first-course').derived?.evidence).toBe(
      '1 class of the 40-hour CIT course for officers held, the latest ending 16 May 2025; 2 trainees completed. The next starts on 3 Nov 2025.',
    );
  });

  it('does not count a cancelled class', () => {
    const { c, cit } = withCourses();
    const classId = classWith(c, cit, '2025-05-12', '2025-05-16', ['Officer Lee']);
    c.run('updateTrainingClass', { id: classId, changes: { cancelled: true } });
    expect(c.item('training.first-course')).toMatchObject({ status: 'not-started' });
  });
});

describe('"Keep classes going as officers move on"', () => {
  it('needs a 40-hour or refresher class in the last year', () => {
    const { c, cit, refresher } = withCourses();
    classWith(c, cit, '2024-05-13', '2024-05-17', ['Officer Lee']);
    expect(c.item('improve.keep-training')).toMatchObject({ status: 'not-started' });
    expect(c.item('improve.keep-training').derived?.evidence).toContain('ended on 17 May 2024');
    classWith(c, refresher, '2025-02-10', '2025-02-10', ['Officer Lee']);
    expect(c.item('improve.keep-training')).toMatchObject({ status: 'done' });
  });
});

describe('"Train enough officers to cover every shift"', () => {
  it('compares each counted agency with the share it aimed for', () => {
    const { c, cit, sheriff } = withCourses();
    expect(c.item('training.coverage').derived?.evidence).toBe(
      'No agency’s number of officers entered yet on the Training page.',
    );
    c.run('setAgencyStaffing', { organizationId: sheriff, swornOfficers: 8, dispatchers: 2, targetPercent: 25 });
    expect(c.item('training.coverage')).toMatchObject({ status: 'not-started' });
    expect(c.item('training.coverage').derived?.evidence).toBe(
      '0 of 1 agency has trained the share of officers it aimed for.',
    );
    classWith(c, cit, '2025-05-12', '2025-05-16', ['Officer Lee', 'Deputy Park'], sheriff);
    expect(c.item('training.coverage')).toMatchObject({ status: 'done' });
  });
});

describe('"Collect the first quarter of figures"', () => {
  it('is done once any agency has numbers for a quarter, and says which is the latest', () => {
    const { c, sheriff } = withCourses();
    expect(c.item('data.first-quarter')).toMatchObject({ status: 'not-started' });
    expect(c.item('data.first-quarter').derived?.evidence).toBe('No quarter’s figures entered yet.');
    c.run('setQuarterValues', { organizationId: sheriff, quarter: '2025-Q2', values: { 'calls-mental-health': 41 } });
    c.run('setQuarterValues', { organizationId: sheriff, quarter: '2025-Q3', values: { 'calls-mental-health': 37 } });
    expect(c.item('data.first-quarter')).toMatchObject({ status: 'done', action: { path: '/program-data' } });
    expect(c.item('data.first-quarter').derived?.evidence).toBe(
      'Figures entered for 2 quarters, the latest for July–September 2025.',
    );
  });
});

describe('"Agree where officers can take a person in crisis" and "Write down the gaps you found"', () => {
  it('read the resource directory: a receiving facility open at night, and the gaps it shows', () => {
    const { c } = withCourses();
    const hospital = c.run('addOrganization', { name: 'Lakeside General Hospital', sector: 'hospital' });
    expect(c.item('system.receiving-facility')).toMatchObject({
      status: 'not-started',
      action: { path: '/directory' },
    });
    expect(c.item('system.gaps').derived?.evidence).toBe(
      'No services in the resource directory yet, so no gaps can be seen.',
    );
    const ed = c.run('addService', {
      organizationId: hospital,
      name: 'Emergency department',
      kind: 'psychiatric-hospital',
      receivingFacility: true,
      hours: [{ day: 'mo', opens: '08:00', closes: '20:00' }],
    });
    expect(c.item('system.receiving-facility')).toMatchObject({ status: 'in-progress' });
    expect(c.item('system.receiving-facility').derived?.evidence).toBe(
      '1 receiving facility in the directory, none open at 2 a.m. every night.',
    );
    c.run('updateService', { id: ed, changes: { openAllDay: true } });
    expect(c.item('system.receiving-facility')).toMatchObject({ status: 'done' });
    expect(c.item('system.gaps')).toMatchObject({ status: 'done' });
    expect(c.item('system.gaps').derived?.evidence).toMatch(
      /^1 service in the directory; 9 gaps: No crisis line in the directory; No mobile crisis team/,
    );
  });
});
