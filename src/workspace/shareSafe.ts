import { produce, type Draft } from 'immer';
import type { Stakeholder } from '../model/stakeholder';
import { WorkspaceDocument } from '../model/workspace';
import { displayName, mayShowName, mayShowPersonalDetails, WITHHELD_NAME } from '../stakeholders/privacy';

/**
 * A copy of a workspace that can be sent to a partner agency: the coalition's shared work
 * (meetings, action items, workgroups, policies, the checklist, who is at the table) without
 * anyone's contact details or the coalition's private notes about people. It is an ordinary
 * workspace file, so the partner opens it in the app; nothing is removed from the original.
 *
 * What goes, and why (the rule for showing a person is src/stakeholders/privacy.ts, audience
 * 'shared'):
 * - Contact details: every email and phone number, of everyone, wherever they appear.
 * - Private notes, meaning free text the coalition wrote *about people* rather than about the
 *   shared work: stakeholder notes and stage-change notes, tags, the influence/interest
 *   assessments, what was said in one-to-one conversations (summary, common ground, concerns),
 *   notes about organizations, and nomination stories and the committee's scores and comments.
 * - Lived experience: health information, never shared (privacy.ts: mayShowPersonalDetails).
 * - People who chose 'private': "Name withheld at their request", with no title or organization.
 * - Nominees outside the workspace who chose 'private': the same.
 * - The change history: its descriptions quote names as typed, including private people's.
 * - Fields this version of the app does not know (from a newer version): they may hold anything.
 *
 * What stays: names of 'public' and 'name-only' people, sectors and roles (so coverage can be
 * seen), meetings with agendas, attendance and minutes, action items with their notes,
 * workgroups, policies, recognition events, and the checklist. Minutes and action items are the
 * coalition's shared record; they are not rewritten, so a name typed into them stays.
 */
export const SHARE_SAFE_NOTE =
  'A share-safe copy: contact details, private notes, lived experience and the change history have been removed, and people who asked not to be named are shown as withheld.';

const CONTACT_KEYS = /^(email|phone|mobile|cell|fax)$/i;

export function shareSafeCopy(doc: WorkspaceDocument, madeAt: Date): WorkspaceDocument {
  const known = new Set(Object.keys(WorkspaceDocument.shape));
  const copy = produce(doc, (draft) => {
    for (const key of Object.keys(draft)) {
      if (!known.has(key)) delete (draft as Record<string, unknown>)[key];
    }
    draft.stakeholders = doc.stakeholders.map(shareSafeStakeholder) as Draft<Stakeholder>[];
    for (const conversation of draft.conversations) {
      conversation.summary = '';
      conversation.commonGround = '';
      conversation.concerns = '';
    }
    for (const organization of draft.organizations) organization.notes = '';
    for (const event of draft.recognitionEvents) scrubNominations(event as unknown as Record<string, unknown>);
    draft.history = [];
    clearContactDetails(draft);
  });
  return { ...copy, shareSafeCopy: { madeAt: madeAt.toISOString(), note: SHARE_SAFE_NOTE } };
}

/** A stakeholder built from a list of fields known to be safe: a field added later is left out until it is judged. */
function shareSafeStakeholder(person: Stakeholder): Stakeholder {
  const named = mayShowName(person, 'shared');
  return {
    id: person.id,
    name: displayName(person, 'shared'),
    title: named ? person.title : '',
    organizationId: named ? person.organizationId : null,
    sector: person.sector,
    email: '',
    phone: '',
    preferredContact: 'any',
    tags: [],
    notes: '',
    livedExperience: mayShowPersonalDetails('shared') ? person.livedExperience : false,
    privacy: person.privacy,
    roles: person.roles,
    influence: 'medium',
    interest: 'medium',
    stage: person.stage,
    stageHistory: person.stageHistory.map((change) => ({
      stage: change.stage,
      on: change.on,
      note: '',
      ...(change.conversationId !== undefined ? { conversationId: change.conversationId } : {}),
    })),
    createdAt: person.createdAt,
    updatedAt: person.updatedAt,
  };
}

/** Nominations belong to the recognition feature; they are handled by field name so this stays loose. */
function scrubNominations(event: Record<string, unknown>): void {
  const nominations = event.nominations;
  if (!Array.isArray(nominations)) return;
  for (const nomination of nominations as Array<Record<string, unknown>>) {
    if (typeof nomination.story === 'string') nomination.story = '';
    if (Array.isArray(nomination.reviews)) nomination.reviews = [];
    if (nomination.nomineePrivacy === 'private') {
      if (typeof nomination.nomineeName === 'string' && nomination.nomineeName !== '')
        nomination.nomineeName = WITHHELD_NAME;
      if (typeof nomination.nomineeAgency === 'string') nomination.nomineeAgency = '';
    }
  }
}

/** A last net: any email or phone field anywhere (a guest's, one a feature adds later) is emptied. */
function clearContactDetails(root: unknown): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      stack.push(...value);
      continue;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (CONTACT_KEYS.test(key) && typeof record[key] === 'string') record[key] = '';
      else stack.push(record[key]);
    }
  }
}
