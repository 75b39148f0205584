import type { MethodInput } from '../../src/api/contract';
import type { SampleBuilder } from './builder';
import type { PeopleIds, PersonKey } from './people';

type NominationData = Omit<MethodInput<'addNomination'>, 'eventId' | 'categoryId' | 'nomineeId' | 'nominatedById'> & {
  /** The award, by its standard name. */
  award: string;
  nominee?: PersonKey;
  nominatedBy: PersonKey;
  /** Each committee member's score, in the order of COMMITTEE; null where they declared a conflict and did not score. */
  scores: [number | null, number | null, number | null];
  /** A committee member's declared conflict of interest with this nomination, and why, in their words. */
  conflict?: { reviewer: PersonKey; reason: string };
  outcome: 'selected' | 'not-selected';
};

/** The selection committee: the coordinator, a community member and the chair. */
const COMMITTEE: PersonKey[] = ['kowalski', 'greene', 'okafor'];

const NOMINATIONS: NominationData[] = [
  {
    award: 'Dispatcher / 911 of the Year',
    nomineeName: 'Marisol Vega',
    nomineeAgency: 'Riverside County Emergency Communications (911)',
    nominatedBy: 'ashworth',
    receivedOn: '2026-10-06',
    interventionDate: '2026-08-22',
    interventionAgency: 'Riverside County Emergency Communications (911)',
    story:
      'A mother called at 3 a.m. because her adult son had locked himself in the garage and stopped answering. Marisol kept her on the line for forty minutes, learned that he had no weapon and had been out of his medication for a week, and passed that to the responding deputy before he arrived. She then stayed on with the mother until the crisis line took over. The deputy said it was the first time he walked into a call already knowing what the person needed.',
    scores: [5, 4, 5],
    outcome: 'selected',
  },
  {
    award: 'Mental Health Professional of the Year',
    nominee: 'natarajan',
    nominatedBy: 'reed',
    receivedOn: '2026-10-09',
    story:
      'Priya covers the mobile crisis team’s late shift alone two nights a week. Since spring she has met officers at the scene more than sixty times, and most of those calls ended with the person at home with a safety plan or at the crisis unit instead of the emergency department. She also wrote the first version of the questions our call-takers now use.',
    scores: [5, 5, null],
    conflict: {
      reviewer: 'okafor',
      reason:
        'Priya is on my clinical team at the Behavioral Health Center and I write her yearly review, so I leave this one to the other two reviewers.',
    },
    outcome: 'selected',
  },
  {
    award: 'CIT Officer of the Year',
    nomineeName: 'Deputy Aaron Holt',
    nomineeAgency: 'Riverside County Sheriff’s Office',
    nominatedBy: 'brooks',
    receivedOn: '2026-10-14',
    interventionDate: '2026-07-03',
    interventionAgency: 'Riverside County Sheriff’s Office',
    story:
      'Deputy Holt took the 40-hour course in Lakeland County on his own time last year. In July he was called to a man standing on the Cedar Bend rail bridge. He turned off his lights, sat on the guard rail a few yards away and talked with him for over an hour about his fishing spot below the bridge, until the man walked back with him and agreed to go to the crisis unit.',
    scores: [5, 5, 5],
    outcome: 'selected',
  },
  {
    award: 'CIT Officer of the Year',
    nomineeName: 'Officer Kayla Brandt',
    nomineeAgency: 'Millbrook Police Department',
    nominatedBy: 'delgado',
    receivedOn: '2026-10-20',
    story:
      'Officer Brandt is the patrol officer our shift sergeants call when a call sounds like a crisis. She keeps a list of the crisis line and peer center numbers in every patrol car and checks that new officers know where it is.',
    scores: [3, 4, 3],
    outcome: 'not-selected',
  },
  {
    award: 'Lived Experience Award',
    nominee: 'whitfield',
    nominatedBy: 'ruth',
    receivedOn: '2026-10-21',
    story:
      'Sam told the coalition’s first listening session what it was like to be on the other side of a crisis call, and what would have helped. Since then he has met with the dispatch workgroup twice and offered to speak at the first training. He has made it easier for others at the peer center to speak up too.',
    scores: [5, 4, 5],
    outcome: 'selected',
  },
  {
    award: 'Intervention of the Year',
    nomineeName: 'Medic 12 crew',
    nomineeAgency: 'Riverside County EMS',
    nominatedBy: 'jimenez',
    receivedOn: '2026-10-27',
    interventionDate: '2026-09-14',
    interventionAgency: 'Riverside County EMS',
    story:
      'Called for a fall, the crew found an older woman who was confused and frightened and had not eaten in days. They took the time to calm her, found her daughter’s number on the refrigerator and stayed until she arrived.',
    scores: [4, 3, 4],
    outcome: 'not-selected',
  },
];

/**
 * The coalition's first recognition breakfast: the standard awards, six nominations, every
 * committee member's scores (but one, left out for a declared conflict of interest), then the honorees, the run of show and the preparations.
 */
export function addRecognition(sample: SampleBuilder, p: PeopleIds): string {
  sample.on('2026-09-30', '18:00');
  const event = sample.add('addRecognitionEvent', {
    title: 'Crisis Response Partners Breakfast 2027',
    kind: 'awards-ceremony',
    date: '2027-02-25',
    startTime: '07:30',
    venue: 'Riverside Community College, Student Center Hall B',
    host: 'Beth Kowalski',
    status: 'planning',
    budgetNotes: 'Breakfast donated by the Millbrook Interfaith Council; certificates and frames about $120 from NAMI.',
    thanks:
      'Thank you to every agency, family and volunteer who answered a call this year, and to the people who trusted us with their stories.',
    standardCategories: true,
  });
  sample.run('updateRecognitionEvent', { id: event, changes: { status: 'nominations-open' } });
  sample.run('setSelectionCommittee', { eventId: event, reviewerIds: COMMITTEE.map((key) => p[key]) });

  const categoryId = (name: string) => {
    const category = sample.doc.recognitionEvents.find((e) => e.id === event)?.categories.find((c) => c.name === name);
    if (!category) throw new Error(`No award "${name}"`);
    return category.id;
  };
  const nominations = NOMINATIONS.map(({ award, nominee, nominatedBy, scores, conflict, outcome, ...fields }) => {
    sample.on(fields.receivedOn!, '16:00');
    const id = sample.add('addNomination', {
      ...fields,
      eventId: event,
      categoryId: categoryId(award),
      nomineeId: nominee ? p[nominee] : null,
      nominatedById: p[nominatedBy],
    });
    return { id, scores, conflict, outcome };
  });

  sample.on('2026-11-02', '15:00');
  sample.run('updateRecognitionEvent', { id: event, changes: { status: 'selection' } });
  // Fair judging: a reviewer who works closely with a nominee says so before scoring, and their
  // score is left out of that nomination (the others' scores decide it).
  for (const nomination of nominations) {
    if (!nomination.conflict) continue;
    const { reviewer, reason } = nomination.conflict;
    if (nomination.scores[COMMITTEE.indexOf(reviewer)] !== null)
      throw new Error(`${reviewer} declared a conflict, so gives no score`);
    sample.run('declareConflict', { eventId: event, nominationId: nomination.id, reviewerId: p[reviewer], reason });
  }
  COMMITTEE.forEach((reviewer, index) => {
    sample.on(`2026-11-${String(4 + index * 3).padStart(2, '0')}`, '22:00');
    for (const nomination of nominations) {
      const score = nomination.scores[index];
      if (score === null || score === undefined) continue;
      sample.run('scoreNomination', {
        eventId: event,
        nominationId: nomination.id,
        reviewerId: p[reviewer],
        score,
        comment: '',
      });
    }
  });

  // The committee chose once every score was in.
  sample.on('2026-11-16', '19:00');
  for (const outcome of ['selected', 'not-selected'] as const) {
    const ids = nominations.filter((n) => n.outcome === outcome).map((n) => n.id);
    sample.run('setNominationStatus', { eventId: event, ids, status: outcome });
  }
  sample.run('draftRunOfShow', { eventId: event });
  const keynote = sample.doc.recognitionEvents.find((e) => e.id === event)?.runOfShow.find((s) => s.kind === 'keynote');
  if (keynote) {
    sample.run('updateSegment', {
      eventId: event,
      id: keynote.id,
      changes: { title: 'What a year of working together changed', speakerId: p.osei, speakerName: '' },
    });
  }
  sample.run('addStandardPreparations', { eventId: event });
  return event;
}
