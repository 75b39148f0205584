import { describe, expect, it } from 'vitest';
import { citationFor } from '../../src/recognition/citation';
import {
  honoreesOf,
  publicCitation,
  shownInPublic,
  shownOnCertificate,
  UNNAMED_HONOREE,
} from '../../src/recognition/honorees';
import { honoreeListText } from '../../src/recognition/pressList';
import { preparationsOf } from '../../src/recognition/preparations';
import { signerFor } from '../../src/recognition/signers';
import { speakerShown } from '../../src/recognition/speakers';
import { categoryId, eventOf, person, run, withEvent } from '../support/fixtures/recognition-fixture';

/** Honorees: a public officer, a name-only clinician, a private peer, and someone typed in. */
function ceremony() {
  const start = withEvent();
  let doc = start.doc;
  const eventId = start.eventId;
  const pick = (category: string, fields: Record<string, unknown>) => {
    const added = run(doc, 'addNomination', { eventId, categoryId: categoryId(doc, eventId, category), ...fields });
    doc = run(added.doc, 'setNominationStatus', { eventId, ids: [added.result], status: 'selected' }).doc;
  };
  pick('CIT Officer of the Year', {
    nomineeId: 'p-officer',
    story:
      'Officer Whitfield sat on the curb with a young man for two hours. She waited for the mobile crisis team. Nobody was hurt.',
  });
  pick('Mental Health Professional of the Year', { nomineeId: 'p-clinician', story: 'Luis answered every call.' });
  pick('Lived Experience Award', {
    nomineeId: 'p-peer',
    story: 'Sam Rivera told their story at every academy class on Elm Street.',
  });
  pick('Dispatcher / 911 of the Year', {
    nomineeName: 'Jo Park',
    nomineeAgency: 'Metro 911',
    nomineePrivacy: 'public',
    story: 'Jo heard the crisis in the caller’s voice.',
  });
  return { doc, eventId };
}

describe('how honorees are shown', () => {
  it('lists honorees in award order, with the private peer unnamed and without agency in the press text', () => {
    const { doc, eventId } = ceremony();
    const text = honoreeListText(eventOf(doc, eventId), doc);
    expect(text).toBe(
      [
        '2025 CIT Awards',
        'Riverside County CIT Coalition · Friday, November 14, 2025 · Riverside Community Hall',
        '',
        'Honorees',
        'CIT Officer of the Year: Dana Whitfield, Riverside Police Department',
        'Dispatcher / 911 of the Year: Jo Park, Metro 911',
        'Mental Health Professional of the Year: Luis Ortega, Riverside Crisis Center',
        `Lived Experience Award: ${UNNAMED_HONOREE}`,
        '',
      ].join('\n'),
    );
    expect(text).not.toContain('Sam Rivera');
  });

  it('follows a privacy change made on the stakeholder, and honours the choice recorded for someone typed in', () => {
    const { doc: frozen, eventId } = ceremony();
    const doc = structuredClone(frozen);
    const officer = doc.stakeholders.find((s) => s.id === 'p-officer');
    if (officer) officer.privacy = 'private';
    const jo = eventOf(doc, eventId).nominations.find((n) => n.nomineeName === 'Jo Park');
    if (jo) jo.nomineePrivacy = 'private';
    const text = honoreeListText(eventOf(doc, eventId), doc);
    expect(text).not.toMatch(/Dana Whitfield|Jo Park|Metro 911|Riverside Police/);
    expect(text.match(new RegExp(UNNAMED_HONOREE, 'g'))).toHaveLength(3);
  });

  it('puts the name on the honoree’s own certificate even when they are unnamed in public', () => {
    const { doc, eventId } = ceremony();
    const peer = honoreesOf(eventOf(doc, eventId), doc).find((h) => h.nominee.stakeholderId === 'p-peer');
    if (!peer) throw new Error('peer missing');
    expect(shownInPublic(peer.nominee)).toEqual({ name: UNNAMED_HONOREE, agency: '', named: false });
    expect(shownOnCertificate(peer.nominee)).toEqual({
      name: 'Sam Rivera',
      agency: 'Riverside Crisis Center',
      named: true,
    });
  });

  it('never prints a private honoree’s story as their citation, only one written for them', () => {
    const { doc, eventId } = ceremony();
    const peer = honoreesOf(eventOf(doc, eventId), doc).find((h) => h.nominee.stakeholderId === 'p-peer');
    if (!peer) throw new Error('peer missing');
    expect(publicCitation(peer)).toBe('');
    expect(
      publicCitation({
        ...peer,
        nomination: { ...peer.nomination, citation: 'For courage that changed how our officers listen.' },
      }),
    ).toBe('For courage that changed how our officers listen.');
  });

  it('draws a citation from the story, cut at a sentence end, unless one was written', () => {
    const story =
      'Officer Whitfield sat on the curb with a young man for two hours. ' +
      'She waited for the mobile crisis team and kept talking with him about his dog and his job. '.repeat(3);
    // 13 + 17 words fit in 45; the third sentence would not, so the citation stops after the second.
    expect(citationFor({ citation: '', story })).toBe(
      'Officer Whitfield sat on the curb with a young man for two hours. She waited for the mobile crisis team and kept talking with him about his dog and his job.',
    );
    expect(citationFor({ citation: '  For patience.  ', story })).toBe('For patience.');
    expect(citationFor({ citation: '', story: 'Short and sweet.' })).toBe('Short and sweet.');
    const run = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    expect(citationFor({ citation: '', story: run })).toBe(
      `${Array.from({ length: 45 }, (_, i) => `w${i}`).join(' ')}…`,
    );
  });

  it('shows a deleted stakeholder’s nomination as nobody in particular, never a stale name', () => {
    const { doc: frozen, eventId } = ceremony();
    const doc = structuredClone(frozen);
    doc.stakeholders = doc.stakeholders.filter((s) => s.id !== 'p-officer');
    const text = honoreeListText(eventOf(doc, eventId), doc);
    expect(text).toContain(`CIT Officer of the Year: ${UNNAMED_HONOREE}`);
  });
});

describe('speakers in the printed program', () => {
  it('shows a stakeholder with their agency, a typed name as typed, and nothing for a private speaker', () => {
    const { doc } = ceremony();
    expect(speakerShown({ speakerId: 'p-officer', speakerName: '' }, doc)).toBe(
      'Dana Whitfield, Riverside Police Department',
    );
    expect(speakerShown({ speakerId: 'p-clinician', speakerName: '' }, doc)).toBe(
      'Luis Ortega, Riverside Crisis Center',
    );
    expect(speakerShown({ speakerId: 'p-peer', speakerName: '' }, doc)).toBe('');
    expect(speakerShown({ speakerId: null, speakerName: 'Mayor Ann Lee' }, doc)).toBe('Mayor Ann Lee');
  });
});

describe('certificate signers', () => {
  it('takes the chair and coordinator from stakeholder roles, and prints no name for a private signer', () => {
    const { doc } = ceremony();
    expect(signerFor(doc.stakeholders, 'chair')).toEqual({
      name: 'Judge Helen Park',
      role: 'Steering Committee Chair',
    });
    expect(signerFor(doc.stakeholders, 'coordinator')).toEqual({ name: 'Priya Natarajan', role: 'CIT Coordinator' });
    const privateChair = [person('p-quiet', 'Quiet Chair', { roles: ['chair'], privacy: 'private' })];
    expect(signerFor(privateChair, 'chair')).toEqual({ name: '', role: 'Steering Committee Chair' });
    expect(signerFor([], 'coordinator')).toEqual({ name: '', role: 'CIT Coordinator' });
  });
});

describe('preparations are action items of the event', () => {
  it('adds the usual preparations with due dates counted back from the event, never before today', () => {
    const { doc, eventId } = withEvent({ date: '2025-10-01' });
    const next = run(doc, 'addStandardPreparations', { eventId }).doc;
    const { items } = preparationsOf(next, eventId, '2025-09-01');
    expect(items.map((i) => [i.title, i.dueDate, i.source])).toEqual([
      // 60 days before 1 October is in the past (today is 1 September): due today.
      ['Book the venue', '2025-09-01', { kind: 'recognition', id: eventId }],
      ['Send invitations', '2025-09-01', { kind: 'recognition', id: eventId }],
      ['Write and send the press release', '2025-09-24', { kind: 'recognition', id: eventId }],
      ['Print certificates', '2025-09-26', { kind: 'recognition', id: eventId }],
      ['Print the program', '2025-09-28', { kind: 'recognition', id: eventId }],
    ]);
    expect(() => run(next, 'addStandardPreparations', { eventId })).toThrow(
      'This event already has every usual preparation.',
    );
  });

  it('reads the checklist from the action item list: done and overdue come from the items themselves', () => {
    const { doc, eventId } = withEvent();
    const a = run(doc, 'addPreparation', {
      eventId,
      title: 'Book the hall',
      ownerId: 'p-coord',
      dueDate: '2025-08-15',
    });
    const b = run(a.doc, 'addPreparation', {
      eventId,
      title: 'Order frames',
      ownerName: 'Front office',
      dueDate: '2025-10-01',
    });
    const done = run(b.doc, 'setActionItemStatus', { ids: [b.result], status: 'done' }).doc;
    expect(preparationsOf(done, eventId, '2025-09-01')).toMatchObject({ done: 1, overdue: 1, settled: 1 });
    expect(done.actionItems.find((i) => i.id === a.result)).toMatchObject({ ownerId: 'p-coord', status: 'open' });
    expect(() => run(done, 'addPreparation', { eventId, title: 'X', ownerId: 'nobody-at-all' })).toThrow(
      'That owner no longer exists. It may have been deleted.',
    );
  });

  it('removes the event’s preparations with the event, and leaves other action items alone', () => {
    const { doc, eventId } = withEvent();
    const prepared = run(doc, 'addPreparation', { eventId, title: 'Book the hall' }).doc;
    const other = run(prepared, 'addActionItem', { title: 'Unrelated task' }).doc;
    const gone = run(other, 'deleteRecognitionEvent', { id: eventId }).doc;
    expect(gone.recognitionEvents).toHaveLength(0);
    expect(gone.actionItems.map((i) => i.title)).toEqual(['Unrelated task']);
  });
});
