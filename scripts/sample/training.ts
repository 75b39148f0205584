import type { SampleBuilder } from './builder';
import type { OrganizationIds } from './organizations';
import type { PeopleIds } from './people';

/** Trainees of the first class: invented names, mostly patrol, two call-takers and a medic. */
const FIRST_CLASS = [
  ['Officer Jamal Price', 'millbrookPd', 'officer'],
  ['Officer Rosa Villanueva', 'millbrookPd', 'officer'],
  ['Officer Kevin Lund', 'millbrookPd', 'officer'],
  ['Officer Hannah Greer', 'millbrookPd', 'officer'],
  ['Deputy Luis Carrillo', 'sheriff', 'officer'],
  ['Deputy Megan Shaw', 'sheriff', 'officer'],
  ['Deputy Tom Adair', 'sheriff', 'officer'],
  ['Dana Kirby', 'dispatch', 'dispatcher'],
  ['Paul Ng', 'dispatch', 'dispatcher'],
  ['Renee Holt', 'ems', 'ems'],
] as const;

/**
 * The county's first 40-hour class, held the week before Thanksgiving, with a second one planned
 * for the spring and the call-taker course for dispatch; the police and the sheriff have given
 * their numbers of sworn officers, so coverage against the target can be seen.
 */
export function addTraining(sample: SampleBuilder, p: PeopleIds, o: OrganizationIds): void {
  sample.on('2026-10-01');
  const cit40 = sample.add('addCourse', { name: 'CIT 40-hour course', kind: 'cit-40', hours: 40 });
  const dispatch = sample.add('addCourse', { name: 'Call-taker and dispatcher course', kind: 'dispatch', hours: 8 });
  sample.add('addCourse', { name: 'CIT refresher', kind: 'in-service', hours: 8 });
  sample.run('setAgencyStaffing', { organizationId: o.millbrookPd, swornOfficers: 84, dispatchers: null });
  sample.run('setAgencyStaffing', { organizationId: o.sheriff, swornOfficers: 62, dispatchers: null });
  sample.run('setAgencyStaffing', { organizationId: o.dispatch, swornOfficers: null, dispatchers: 22 });

  const first = sample.add('addTrainingClass', {
    courseId: cit40,
    startsOn: '2026-11-16',
    endsOn: '2026-11-20',
    place: 'Riverside Community College, Public Safety Building',
    instructorIds: [p.brooks, p.okafor],
    panelSpeakerIds: [p.moreno],
    capacity: 24,
  });
  const ids = FIRST_CLASS.map(([name, agency, role]) =>
    sample.add('addTrainee', { classId: first, name, organizationId: o[agency], role }),
  );
  sample.on('2026-11-20', '21:00');
  sample.run('setTraineeStatus', { classId: first, traineeId: ids[3]!, status: 'did-not-complete' });
  sample.run('completeEnrolledTrainees', { classId: first });

  sample.on('2026-11-23');
  sample.add('addTrainingClass', {
    courseId: cit40,
    startsOn: '2027-03-08',
    endsOn: '2027-03-12',
    place: 'Riverside County Sheriff’s Office, training room',
    instructorIds: [p.brooks],
    capacity: 24,
  });
  sample.add('addTrainingClass', {
    courseId: dispatch,
    startsOn: '2027-01-14',
    endsOn: '2027-01-14',
    place: 'Riverside County Emergency Communications',
    instructorIds: [p.delgado],
    capacity: 16,
  });
}
