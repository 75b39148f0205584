import type { Sector } from '../../src/model/sector';
import type { SampleBuilder } from './builder';
import type { OrganizationIds } from './organizations';
import type { PeopleIds } from './people';

/**
 * The steering committee's governance: its seats and terms (NAMI's ends in December, two seats
 * wait for a member), officers with their history (Ruth chaired the first year, Dr. Okafor since
 * January), this year's declarations of interest, and at November's meeting a consent agenda
 * with one item pulled for discussion and a decision Dr. Okafor stepped out of.
 */
export function addCommittee(sample: SampleBuilder, p: PeopleIds, o: OrganizationIds, november: string): void {
  sample.on('2026-11-24', '16:00');
  const seat = (name: string, organizationId: string | null, sector: Sector) =>
    sample.add('addSeat', { name, organizationId, sector });
  const sheriff = seat('Sheriff’s office', o.sheriff, 'law-enforcement');
  const bhc = seat('Behavioral health center', o.bhc, 'mental-health');
  const nami = seat('NAMI Riverside', o.nami, 'advocacy');
  const police = seat('Municipal police', null, 'law-enforcement');
  seat('Hospital', o.hospital, 'hospital');
  seat('Person with lived experience', null, 'peer');

  sample.run('seatMember', {
    seatId: sheriff,
    stakeholderId: p.kowalski,
    startsOn: '2023-01-15',
    endsOn: '2025-01-15',
  });
  sample.run('renewSeatTerm', { seatId: sheriff, endsOn: '2027-01-15' });
  sample.run('seatMember', { seatId: bhc, stakeholderId: p.okafor, startsOn: '2025-07-01', endsOn: '2027-07-01' });
  sample.run('seatMember', { seatId: nami, stakeholderId: p.ruth, startsOn: '2024-12-31', endsOn: '2026-12-31' });
  sample.run('seatMember', { seatId: police, stakeholderId: p.delgado, startsOn: '2026-09-01', endsOn: '2028-09-01' });

  sample.run('appointOfficer', { role: 'chair', stakeholderId: p.ruth, from: '2025-01-15' });
  sample.run('appointOfficer', { role: 'chair', stakeholderId: p.okafor, from: '2026-01-15' });
  sample.run('appointOfficer', { role: 'coordinator', stakeholderId: p.kowalski, from: '2026-09-15' });
  sample.run('appointOfficer', { role: 'secretary', stakeholderId: p.ruth, from: '2026-01-15' });

  sample.run('recordDeclaration', {
    stakeholderId: p.okafor,
    year: 2026,
    declaredOn: '2026-01-20',
    nothingToDeclare: true,
  });
  sample.run('recordDeclaration', {
    stakeholderId: p.kowalski,
    year: 2026,
    declaredOn: '2026-02-03',
    interests: 'Serves on the advisory board of the Riverside Community College criminal justice program (unpaid).',
  });
  sample.run('recordDeclaration', {
    stakeholderId: p.ruth,
    year: 2025,
    declaredOn: '2025-01-15',
    nothingToDeclare: true,
  });

  // November's meeting: the routine items went on a consent agenda; Lt. Delgado asked to discuss the reports.
  const agenda = sample.doc.meetings.find((m) => m.id === november)!.agenda;
  const itemOf = (title: string) => agenda.flatMap((s) => s.items).find((i) => i.title === title)!.id;
  for (const title of ['Approval of the previous minutes', 'Workgroup reports', 'CIT coordinator report'])
    sample.run('setConsentItem', { meetingId: november, itemId: itemOf(title), consent: true });
  sample.run('startMinutes', { meetingId: november });
  sample.run('updateMinutes', { meetingId: november, recorder: 'Ruth Castellano' });
  sample.run('pullConsentItem', { meetingId: november, itemId: itemOf('Workgroup reports'), pulledById: p.delgado });
  sample.run('approveConsentAgenda', { meetingId: november });
  const business = sample.minutesItem(november, 'Decisions and new business');
  sample.run('updateMinutesItem', {
    meetingId: november,
    itemId: business,
    changes: {
      notes:
        'The mobile crisis team needs a follow-up worker for people seen but not transported. Dr. Okafor stepped out of the discussion and the vote: the behavioral health center would employ the worker.',
    },
  });
  sample.run('addDecision', {
    meetingId: november,
    itemId: business,
    decision: {
      text: 'Ask the Board of Commissioners to fund a follow-up worker at the behavioral health center',
      vote: { for: 7, against: 1, abstain: 1 },
      recusedIds: [p.okafor],
    },
  });
}
