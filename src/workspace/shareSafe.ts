import { z } from 'zod';
import type { Conversation } from '../stakeholders/model/conversation';
import type { RecognitionEvent } from '../recognition/model';
import type { Stakeholder } from '../stakeholders/model/stakeholder';
import { personKey } from '../training/held';
import type { TrainingClass } from '../training/model';
import { WorkspaceDocument } from './document';
import {
  displayName,
  exportableRoles,
  exportableSector,
  mayShowName,
  mayShowPersonalDetails,
  WITHHELD_NAME,
} from '../stakeholders/privacy';
import { CONTACT_REMOVED, withoutContactDetails } from './contactDetails';
import { keepKnown } from './knownFields';

/**
 * A copy of a workspace that can be sent to a partner agency: the coalition's shared work
 * (meetings, action items, workgroups, policies, the checklist, who is at the table) without
 * anyone's contact details or the coalition's private notes about people. It is an ordinary
 * workspace file, so the partner opens it in the app; nothing is removed from the original.
 *
 * Every record is rebuilt from what its schema says it may show (knownFields.ts), never from
 * what it holds: a field a newer version or another program added, at any depth of any record
 * (an organization's `contactPerson`, a meeting's `transcript`), is left out until this version
 * knows it, and a collection added to src/model/ later is covered without an edit here.
 *
 * What goes, and why (the rule for showing a person is src/stakeholders/privacy.ts, audience
 * 'shared'):
 * - Contact details: every email address and phone number, of everyone, found by what the value
 *   is (contactDetails.ts), in every free-text field, whole or inside a note. A field that held
 *   only a contact is emptied (or reads "[contact removed]" where it may not be empty); a note
 *   keeps its other words. Stakeholders' own email, phone and preferred contact are cleared.
 * - Private notes, meaning free text the coalition wrote *about people* rather than about the
 *   shared work: stakeholder notes and stage-change notes, tags, the influence/interest
 *   assessments, what was said in one-to-one conversations (summary, common ground, concerns),
 *   notes about organizations, and nomination stories and the committee's scores and comments.
 * - Names typed as free text where the person may be private: who held a conversation (`heldBy`)
 *   and who made a nomination from outside the workspace (`nominatedByName`). A nomination made
 *   by a stakeholder keeps its `nominatedById`, whose record follows the privacy rule.
 * - Trainees' names: officers and dispatchers on a class are not people the coalition asked
 *   about sharing. Each becomes "Trainee N", the same N for the same name and agency in every
 *   class, so the partner's copy still counts each trained person once.
 * - What committee members declared as conflicts of interest (the interests text); that they
 *   declared, and for which year, stays.
 * - Lived experience: health information, never shared (privacy.ts: mayShowPersonalDetails).
 * - People who chose 'private': "Name withheld at their request", with no title, organization or
 *   role, and the sector 'other' (privacy.ts: exportableSector says why).
 * - Nominees outside the workspace who chose 'private': the same.
 * - The change history: its descriptions quote names as typed, including private people's.
 * - Program data numbers (each agency's quarterly counts): small counts could point at a person;
 *   the program data report's share-safe version is the way to share them, suppressed.
 * - Directory entries keep their phone numbers and addresses: those are the organizations'
 *   published lines, never a private person's (a service has no contact-person field).
 * - Fields this version of the app does not know (from a newer version): they may hold anything.
 *
 * What stays: names of 'public' and 'name-only' people, their sectors and roles (so coverage can
 * be seen), meetings with agendas, attendance and minutes, action items with their notes,
 * workgroups, policies, recognition events, and the checklist. Minutes and action items are the
 * coalition's shared record; apart from contact details they are not rewritten, so a name typed
 * into them stays.
 */
export const SHARE_SAFE_NOTE =
  'A share-safe copy: contact details, private notes, lived experience, program data numbers and the change history have been removed, and people who asked not to be named are shown as withheld.';

export function shareSafeCopy(doc: WorkspaceDocument, madeAt: Date): WorkspaceDocument {
  const known = keepKnown(WorkspaceDocument, doc, { text: withoutContactsIn }) as WorkspaceDocument;
  const copy: WorkspaceDocument = {
    ...known,
    stakeholders: known.stakeholders.map(shareSafeStakeholder),
    conversations: known.conversations.map(shareSafeConversation),
    organizations: known.organizations.map((organization) => ({ ...organization, notes: '' })),
    recognitionEvents: known.recognitionEvents.map(shareSafeEvent),
    trainingClasses: numberedTrainees(known.trainingClasses),
    // Each agency's quarterly counts can hold numbers from 1 to 4, which must not leave the
    // committee unsuppressed (src/programData/suppression.ts); the copy carries no program data
    // numbers. The list of measures stays: it says nothing about anyone.
    programQuarters: [],
    services: servicesWithTheirLines(known.services, doc.services),
    // Who declared for which year stays (the committee's own record that it asked); what each
    // member declared is a private note about a person and stays with the coalition.
    conflictDeclarations: known.conflictDeclarations.map((d) => ({ ...d, interests: '' })),
    history: [],
  };
  return { ...copy, shareSafeCopy: { madeAt: madeAt.toISOString(), note: SHARE_SAFE_NOTE } };
}

/**
 * A free-text value without its email addresses and phone numbers. A field that was nothing but
 * a contact is emptied where the field may be empty; every result still fits the field's schema
 * (a removal can make a long note longer than its limit), or the field keeps no text at all.
 */
function withoutContactsIn(value: string, schema: z.core.$ZodType): string {
  const cleaned = withoutContactDetails(value);
  if (cleaned === value) return value;
  const fits = (text: string) => z.safeParse(schema, text).success;
  if (cleaned.trim() === CONTACT_REMOVED && fits('')) return '';
  if (fits(cleaned)) return cleaned;
  return fits('') ? '' : CONTACT_REMOVED;
}

/**
 * Directory entries keep the phone number the organization publishes for the service: it is the
 * organization's line (the directory has no field for a person), and a directory without its
 * numbers is no use to a partner. The general sweep above would take it out as a contact.
 */
function servicesWithTheirLines(known: WorkspaceDocument['services'], original: WorkspaceDocument['services']) {
  const phones = new Map(original.map((service) => [service.id, service.phone]));
  return known.map((service) => ({ ...service, phone: phones.get(service.id) ?? '' }));
}

/** A stakeholder built from a list of fields known to be safe: a field added later is left out until it is judged. */
function shareSafeStakeholder(person: Stakeholder): Stakeholder {
  const named = mayShowName(person, 'shared');
  return {
    id: person.id,
    name: displayName(person, 'shared'),
    title: named ? person.title : '',
    organizationId: named ? person.organizationId : null,
    sector: exportableSector(person, person.sector, 'shared'),
    email: '',
    phone: '',
    preferredContact: 'any',
    tags: [],
    notes: '',
    livedExperience: mayShowPersonalDetails('shared') ? person.livedExperience : false,
    privacy: person.privacy,
    roles: exportableRoles(person, 'shared'),
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

function numberedTrainees(classes: TrainingClass[]): TrainingClass[] {
  const numbers = new Map<string, number>();
  const numberOf = (trainee: TrainingClass['trainees'][number]) => {
    const key = personKey(trainee);
    let n = numbers.get(key);
    if (n === undefined) numbers.set(key, (n = numbers.size + 1));
    return n;
  };
  return classes.map((trainingClass) => ({
    ...trainingClass,
    trainees: trainingClass.trainees.map((t) => ({ ...t, name: `Trainee ${numberOf(t)}` })),
  }));
}

/** Who took part and when stays; what was said, and who from the coalition said it, does not. */
function shareSafeConversation(conversation: Conversation): Conversation {
  return { ...conversation, heldBy: '', summary: '', commonGround: '', concerns: '' };
}

function shareSafeEvent(event: RecognitionEvent): RecognitionEvent {
  return {
    ...event,
    nominations: event.nominations.map((nomination) => {
      const withheld = nomination.nomineePrivacy === 'private';
      return {
        ...nomination,
        story: '',
        reviews: [],
        // Why a reviewer stood aside is a note about people (a relative, a colleague).
        conflicts: (nomination.conflicts ?? []).map((conflict) => ({ ...conflict, reason: '' })),
        // A nominator from outside the workspace is often family of the person helped.
        nominatedByName: '',
        nomineeName: withheld && nomination.nomineeName !== '' ? WITHHELD_NAME : nomination.nomineeName,
        nomineeAgency: withheld ? '' : nomination.nomineeAgency,
      };
    }),
  };
}
