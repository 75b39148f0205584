import type { Sector } from '../model/sector';
import type { ExportPrivacy, ProgramRole, Stakeholder } from './model/stakeholder';

/**
 * The one rule for how a person may be shown outside the app. Every export (roster, minutes,
 * attendance sheets, CSV, vCard, programmes) asks here rather than reading `privacy` itself, so
 * a person's choice is honoured the same way everywhere.
 *
 * - `coalition`: the coalition's own working copy (the full CSV export kept by the convener).
 *   Everything the workspace holds may appear.
 * - `shared`: anything that may be handed out, printed, emailed or pinned to a wall.
 *   `public` people appear in full; `name-only` people appear by name without contact details;
 *   `private` people appear only as a placeholder with nothing that could identify them.
 */
export type Audience = 'coalition' | 'shared';

/**
 * What a shared document prints in place of a private person's name. It deliberately says
 * nothing about why: naming lived experience next to a withheld name would disclose health
 * information about someone who asked not to be identified.
 */
export const WITHHELD_NAME = 'Name withheld at their request';

type PrivacyFields = Pick<Stakeholder, 'name' | 'privacy'>;
type ContactFields = PrivacyFields & Pick<Stakeholder, 'email' | 'phone'>;

/** Whether this person's name may appear for the audience. */
export function mayShowName(person: { privacy: ExportPrivacy }, audience: Audience): boolean {
  return audience === 'coalition' || person.privacy !== 'private';
}

/** Whether this person's email and phone may appear for the audience. */
export function mayShowContact(person: { privacy: ExportPrivacy }, audience: Audience): boolean {
  return audience === 'coalition' || person.privacy === 'public';
}

/** The name to print for a person: their name, or the withheld placeholder. */
export function displayName(person: PrivacyFields, audience: Audience): string {
  return mayShowName(person, audience) ? person.name : WITHHELD_NAME;
}

export interface ExportableContact {
  email: string;
  phone: string;
}

/** The contact details that may be printed, or null when none may (the caller prints nothing). */
export function exportableContact(person: ContactFields, audience: Audience): ExportableContact | null {
  if (!mayShowContact(person, audience)) return null;
  if (!person.email && !person.phone) return null;
  return { email: person.email, phone: person.phone };
}

/**
 * Title and organization identify a person as surely as a name does ("the peer specialist at
 * the Riverside clubhouse"), so they are withheld together with it.
 */
export function exportableAffiliation(
  person: { privacy: ExportPrivacy; title: string },
  organizationName: string,
  audience: Audience,
): { title: string; organization: string } {
  if (!mayShowName(person, audience)) return { title: '', organization: '' };
  return { title: person.title, organization: organizationName };
}

/**
 * A program role ("Steering committee chair") is held by one or two people, so it names a person
 * as surely as their name: a withheld person holds none in anything shared.
 */
export function exportableRoles(
  person: { privacy: ExportPrivacy; roles: readonly ProgramRole[] },
  audience: Audience,
): ProgramRole[] {
  return mayShowName(person, audience) ? [...person.roles] : [];
}

/**
 * The sector a withheld person is shown in: 'other', whatever their own.
 *
 * Peer and family sectors say that the person, or someone in their family, lives with a mental
 * illness: health information about someone who asked not to be identified. Every other sector
 * identifies by elimination: beside the named people of a small coalition, "Name withheld, courts"
 * is the one judge. 'Other' is the schema's own value for "not said" (a new person's default), so
 * it tells a reader nothing. Pass the sector the person counts for (sectorOf), not their own
 * field: a person left at 'other' counts for their organization's sector, which must not show
 * through either. The coalition's own copy counts everyone in their sector.
 */
export const WITHHELD_SECTOR: Sector = 'other';

export function exportableSector(person: { privacy: ExportPrivacy }, sector: Sector, audience: Audience): Sector {
  return mayShowName(person, audience) ? sector : WITHHELD_SECTOR;
}

/**
 * What the suggested name of an exported file says about who it is for. A share-safe file and the
 * coalition's own copy of the same document never get the same name, so saving one never silently
 * replaces the other (and the one that must not be forwarded says so).
 */
export const AUDIENCE_FILE_LABEL: Record<Audience, string> = {
  shared: '(share-safe)',
  coalition: '(coalition copy)',
};

/**
 * Lived experience and free-text notes are health and personal details: they belong to the
 * coalition's working copy only, never to anything shared.
 */
export function mayShowPersonalDetails(audience: Audience): boolean {
  return audience === 'coalition';
}

/** A short phrase for the screen, so the person filling a form sees what each choice means in exports. */
export function privacySummary(privacy: ExportPrivacy): string {
  switch (privacy) {
    case 'public':
      return 'Appears with email and phone on the roster, shared lists and contact cards.';
    case 'name-only':
      return 'Appears by name on the roster and shared lists; email and phone are left out everywhere outside the coalition.';
    case 'private':
      return `Appears as “${WITHHELD_NAME}”, with no title, organization, role, sector or contact details; no contact card is made.`;
  }
}
