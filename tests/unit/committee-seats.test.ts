import { describe, expect, it } from 'vitest';
import {
  currentOfficer,
  currentTerm,
  notYetDeclared,
  officerHistory,
  pastTerms,
  roleDisagreements,
  termsEndingWithin,
} from '../../src/committee';
import { refusal } from '../support/refusal';
import { coalition, run, TODAY } from '../support/fixtures/policies-fixture';

/** The policies coalition (today 2025-03-10) with a law enforcement seat and a mental health seat. */
function withSeats() {
  let doc = coalition();
  const sheriff = run(doc, 'addSeat', {
    name: 'Sheriff’s office',
    organizationId: 'org-sheriff',
    sector: 'law-enforcement',
  });
  doc = sheriff.doc;
  const health = run(doc, 'addSeat', { name: 'Mental health provider', sector: 'mental-health' });
  doc = health.doc;
  const peer = run(doc, 'addSeat', { name: 'Person with lived experience', sector: 'peer', termYears: null });
  return { doc: peer.doc, sheriff: sheriff.result, health: health.result, peer: peer.result };
}

describe('committee seats and terms', () => {
  it('seats a member, closes the previous term on the day the next begins, and keeps who sat before', () => {
    const seats = withSeats();
    const { sheriff } = seats;
    let { doc } = seats;
    doc = run(doc, 'seatMember', {
      seatId: sheriff,
      stakeholderId: 'st-ortiz',
      startsOn: '2023-01-01',
      endsOn: '2025-01-01',
    }).doc;
    expect(doc.stakeholders.find((s) => s.id === 'st-ortiz')!.stage).toBe('steering-committee');
    doc = run(doc, 'seatMember', {
      seatId: sheriff,
      stakeholderId: 'st-kim',
      startsOn: '2025-01-01',
      endsOn: '2027-01-01',
    }).doc;
    const seat = doc.committeeSeats.find((s) => s.id === sheriff)!;
    expect(currentTerm(seat)).toMatchObject({ stakeholderId: 'st-kim', startsOn: '2025-01-01', endsOn: '2027-01-01' });
    expect(pastTerms(seat)).toEqual([expect.objectContaining({ stakeholderId: 'st-ortiz', leftOn: '2025-01-01' })]);
  });

  it('refuses overlapping history, a term ending before it starts, and one person in two seats', () => {
    const seats = withSeats();
    const { sheriff, health } = seats;
    let { doc } = seats;
    doc = run(doc, 'seatMember', { seatId: sheriff, stakeholderId: 'st-ortiz', startsOn: '2024-06-01' }).doc;
    expect(
      refusal(() => run(doc, 'seatMember', { seatId: sheriff, stakeholderId: 'st-kim', startsOn: '2024-01-01' })).fields
        .startsOn,
    ).toMatch(/On or after 2024-06-01/);
    expect(
      refusal(() =>
        run(doc, 'seatMember', {
          seatId: health,
          stakeholderId: 'st-lee',
          startsOn: '2025-01-01',
          endsOn: '2024-01-01',
        }),
      ).fields.endsOn,
    ).toBeDefined();
    expect(
      refusal(() => run(doc, 'seatMember', { seatId: health, stakeholderId: 'st-ortiz', startsOn: '2025-01-01' }))
        .fields.stakeholderId,
    ).toMatch(/Sheriff’s office/);
    expect(
      refusal(() => run(doc, 'seatMember', { seatId: sheriff, stakeholderId: 'st-ortiz', startsOn: '2025-01-01' }))
        .message,
    ).toMatch(/Renew the term/);
    expect(refusal(() => run(doc, 'addSeat', { name: 'sheriff’s OFFICE' })).fields.name).toMatch(/already a seat/);
  });

  it('renews a term as a new term of the same member, and leaves a seat empty', () => {
    const seats = withSeats();
    const { sheriff } = seats;
    let { doc } = seats;
    doc = run(doc, 'seatMember', {
      seatId: sheriff,
      stakeholderId: 'st-ortiz',
      startsOn: '2023-04-01',
      endsOn: '2025-04-01',
    }).doc;
    doc = run(doc, 'renewSeatTerm', { seatId: sheriff, endsOn: '2027-04-01' }).doc;
    let seat = doc.committeeSeats[0]!;
    expect(seat.terms.map((t) => [t.stakeholderId, t.startsOn, t.endsOn, t.leftOn])).toEqual([
      ['st-ortiz', '2023-04-01', '2025-04-01', '2025-04-01'],
      ['st-ortiz', '2025-04-01', '2027-04-01', null],
    ]);
    doc = run(doc, 'vacateSeat', { seatId: sheriff, leftOn: TODAY }).doc;
    seat = doc.committeeSeats[0]!;
    expect(currentTerm(seat)).toBeUndefined();
    expect(refusal(() => run(doc, 'vacateSeat', { seatId: sheriff, leftOn: TODAY })).message).toMatch(/already empty/);
  });

  it('lists empty seats and terms ending within the window, with the end day, soonest first', () => {
    const seats = withSeats();
    const { sheriff, health, peer } = seats;
    let { doc } = seats;
    doc = run(doc, 'seatMember', {
      seatId: sheriff,
      stakeholderId: 'st-ortiz',
      startsOn: '2023-04-01',
      endsOn: '2025-04-20',
    }).doc;
    doc = run(doc, 'seatMember', {
      seatId: health,
      stakeholderId: 'st-lee',
      startsOn: '2023-04-01',
      endsOn: '2025-03-15',
    }).doc;
    const ending = termsEndingWithin(doc, TODAY, 60);
    expect(
      ending.map((e) => [
        e.kind,
        e.seat.id,
        e.kind === 'ending' ? e.endsOn : null,
        e.kind === 'ending' ? e.daysLeft : null,
      ]),
    ).toEqual([
      ['empty', peer, null, null],
      ['ending', health, '2025-03-15', 5],
      ['ending', sheriff, '2025-04-20', 41],
    ]);
    // Outside a shorter window the sheriff's term does not show; a term with no end never does.
    expect(termsEndingWithin(doc, TODAY, 10).map((e) => e.seat.id)).toEqual([peer, health]);
    doc = run(doc, 'seatMember', { seatId: peer, stakeholderId: 'st-kim', startsOn: '2025-01-01' }).doc;
    expect(termsEndingWithin(doc, TODAY, 10).map((e) => e.seat.id)).toEqual([health]);
  });
});

describe('officers', () => {
  it('keeps the history of each office and the chair and coordinator roles in step with it', () => {
    let doc = coalition();
    doc = run(doc, 'appointOfficer', { role: 'chair', stakeholderId: 'st-ortiz', from: '2023-01-01' }).doc;
    expect(doc.stakeholders.find((s) => s.id === 'st-ortiz')!.roles).toContain('chair');
    doc = run(doc, 'appointOfficer', { role: 'chair', stakeholderId: 'st-lee', from: '2025-01-01' }).doc;
    doc = run(doc, 'appointOfficer', { role: 'secretary', stakeholderId: 'st-kim', from: '2025-01-01' }).doc;
    expect(currentOfficer(doc.committeeOfficers, 'chair')?.stakeholderId).toBe('st-lee');
    expect(officerHistory(doc.committeeOfficers, 'chair').map((o) => [o.stakeholderId, o.from, o.to])).toEqual([
      ['st-lee', '2025-01-01', null],
      ['st-ortiz', '2023-01-01', '2025-01-01'],
    ]);
    const roles = (id: string) => doc.stakeholders.find((s) => s.id === id)!.roles;
    expect(roles('st-ortiz')).not.toContain('chair');
    expect(roles('st-lee')).toContain('chair');
    // A secretary is not a role on the person's record: only the history holds it.
    expect(roles('st-kim')).toEqual([]);
    expect(roleDisagreements(doc.committeeOfficers, doc.stakeholders)).toEqual([]);
    doc = run(doc, 'updateStakeholder', { id: 'st-kim', changes: { roles: ['chair'] } }).doc;
    expect(roleDisagreements(doc.committeeOfficers, doc.stakeholders)).toEqual([
      { role: 'chair', officerId: 'st-lee', withRoleIds: ['st-lee', 'st-kim'] },
    ]);
    doc = run(doc, 'endOfficerTerm', { role: 'chair', on: TODAY }).doc;
    expect(currentOfficer(doc.committeeOfficers, 'chair')).toBeUndefined();
    expect(roles('st-lee')).not.toContain('chair');
    expect(
      refusal(() => run(doc, 'appointOfficer', { role: 'secretary', stakeholderId: 'st-lee', from: '2024-01-01' }))
        .fields.from,
    ).toMatch(/On or after 2025-01-01/);
  });
});

describe('declarations of interest', () => {
  it('lists members who have not declared this year, and refuses an empty or repeated declaration', () => {
    const seats = withSeats();
    const { sheriff } = seats;
    let { doc } = seats;
    doc = run(doc, 'seatMember', { seatId: sheriff, stakeholderId: 'st-ortiz', startsOn: '2024-01-01' }).doc;
    doc = run(doc, 'changeStakeholderStage', { ids: ['st-lee'], stage: 'steering-committee', on: TODAY }).doc;
    expect(notYetDeclared(doc, 2025).sort()).toEqual(['st-lee', 'st-ortiz']);
    expect(
      refusal(() => run(doc, 'recordDeclaration', { stakeholderId: 'st-ortiz', year: 2025, declaredOn: TODAY })).fields
        .interests,
    ).toMatch(/Nothing to declare/);
    doc = run(doc, 'recordDeclaration', {
      stakeholderId: 'st-ortiz',
      year: 2025,
      declaredOn: TODAY,
      interests: 'Spouse works at Riverbend Crisis Center',
    }).doc;
    doc = run(doc, 'recordDeclaration', {
      stakeholderId: 'st-lee',
      year: 2024,
      declaredOn: '2024-02-01',
      nothingToDeclare: true,
      interests: 'ignored',
    }).doc;
    expect(doc.conflictDeclarations[1]!.interests).toBe('');
    expect(notYetDeclared(doc, 2025)).toEqual(['st-lee']);
    expect(
      refusal(() =>
        run(doc, 'recordDeclaration', {
          stakeholderId: 'st-ortiz',
          year: 2025,
          declaredOn: TODAY,
          nothingToDeclare: true,
        }),
      ).fields.year,
    ).toMatch(/Already declared/);
    expect(
      refusal(() =>
        run(doc, 'recordDeclaration', {
          stakeholderId: 'st-kim',
          year: 2025,
          declaredOn: '2025-12-01',
          nothingToDeclare: true,
        }),
      ).fields.declaredOn,
    ).toMatch(/future/);
  });
});
