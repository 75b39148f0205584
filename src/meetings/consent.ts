import type { AgendaSection, Minutes, MinutesItem } from './model';

/**
 * The consent agenda: routine items (last meeting's minutes, reports for information) gathered
 * in one section and approved together by a single motion, so the meeting's time goes to what
 * needs discussion. Any member may pull an item off it; the item then joins the regular agenda
 * and is taken up on its own, and the minutes say who pulled it.
 */
export const CONSENT_SECTION_TITLE = 'Consent agenda';
export const PULLED_SECTION_TITLE = 'Pulled from the consent agenda';

export function consentSection<S extends Pick<AgendaSection, 'consent'>>(agenda: readonly S[]): S | undefined {
  return agenda.find((s) => s.consent === true);
}

/** The minutes items still on the consent agenda, in order. */
export function consentMinutesItems<I extends Pick<MinutesItem, 'consent'>>(items: readonly I[]): I[] {
  return items.filter((i) => i.consent === true);
}

/**
 * "Consent agenda approved (items 3, 4 and 5)": the items by their number in the minutes, as a
 * reader finds them. Null while the motion has not been taken.
 */
export function consentApprovalWords(minutes: Pick<Minutes, 'items' | 'consentApprovedItemIds'>): string | null {
  const approved = minutes.consentApprovedItemIds;
  if (!approved) return null;
  const numbers = minutes.items.flatMap((item, index) => (approved.includes(item.id) ? [String(index + 1)] : []));
  if (numbers.length === 0) return 'Consent agenda approved';
  const list = numbers.length === 1 ? numbers[0] : `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
  return `Consent agenda approved (${numbers.length === 1 ? 'item' : 'items'} ${list})`;
}

export function pulledWords(name: string): string {
  return `Pulled from the consent agenda by ${name}`;
}
