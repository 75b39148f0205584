import type { Organization } from '../stakeholders';
import { hoursInWords, openAroundTheClock } from './hours';
import { ReferralWay, type Service } from './model';

/** The words the screen and the prints use for a service's parts. */

export function organizationNameOf(organizations: ReadonlyMap<string, Organization>, service: Service): string {
  return organizations.get(service.organizationId)?.name ?? 'Organization not in the workspace';
}

/** "12 Main St, Lakeside, MN 55401"; empty when no part is given. */
export function addressLine(service: Pick<Service, 'address' | 'city' | 'state' | 'postalCode'>): string {
  const cityLine = [service.city, [service.state, service.postalCode].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return [service.address, cityLine].filter(Boolean).join(', ');
}

export function hoursLine(service: Service): string {
  return hoursInWords(service);
}

export function referralLine(service: Service): string {
  return ReferralWay.labelOf(service.referral);
}

/**
 * The services an officer needs at 2 a.m., first: receiving facilities, then services open round
 * the clock, then the rest; the coalition's own order within each. A stable sort keeps that order.
 */
export function nightFirst(services: readonly Service[]): Service[] {
  const rank = (s: Service) => (s.receivingFacility ? 0 : openAroundTheClock(s) ? 1 : 2);
  return [...services].sort((a, b) => rank(a) - rank(b));
}
