import { ServiceKind, Weekday, type HoursRow, type Service } from '../../src/directory/model';
import type { Organization } from '../../src/stakeholders/model/organization';
import type { Random } from './random';
import { line, prose } from './text';

/**
 * A statewide resource directory: a few services for most partner organizations, crisis lines
 * and mobile teams open all day, clinics on weekday hours, some checked with the provider
 * recently and some long ago (the dashboard lists those to verify).
 */
const LANGUAGES = ['English', 'Spanish', 'Vietnamese', 'Somali', 'Hmong', 'ASL'];

export function makeDirectory(
  random: Random,
  count: number,
  organizations: readonly Organization[],
  stampOf: (day: string) => string,
  today: string,
): { services: Service[] } {
  const year = Number(today.slice(0, 4));
  const services = Array.from({ length: count }, (_, n): Service => {
    const kind = random.pick(ServiceKind.options);
    const allDay = kind === 'crisis-line' || kind === 'mobile-crisis' || random.chance(0.15);
    const hours: HoursRow[] = allDay
      ? []
      : Weekday.options.slice(0, random.chance(0.3) ? 6 : 5).map((day) => ({ day, opens: '08:00', closes: random.pick(['17:00', '18:30', '20:00']) }));
    const checkedYear = year - random.int(0, 2);
    const created = `${year - random.int(2, 9)}-03-01`;
    return {
      id: `service-${String(n).padStart(6, '0')}`,
      organizationId: random.pick(organizations).id,
      name: `${ServiceKind.labelOf(kind)}: ${line(random, 60)}`.slice(0, 200),
      kind,
      description: prose(random, random.int(80, 600)),
      eligibility: random.chance(0.5) ? line(random, 100) : '',
      openAllDay: allDay,
      hours,
      phone: `555-${String(random.int(100, 999))}-${String(random.int(1000, 9999))}`,
      address: `${random.int(1, 9999)} Main Street`,
      city: `County seat ${random.int(1, 40)}`,
      state: 'BM',
      postalCode: String(random.int(10000, 99999)),
      area: random.chance(0.6) ? 'Statewide' : `County ${random.int(1, 40)}`,
      languages: random.sample(LANGUAGES, random.int(1, 3)),
      referral: random.pick(['walk-in', 'warm-handoff', 'call-first'] as const),
      receivingFacility: kind === 'crisis-stabilization' || kind === 'psychiatric-hospital',
      lastChecked: random.chance(0.9) ? `${checkedYear}-${String(random.int(1, 12)).padStart(2, '0')}-15` : null,
      createdAt: stampOf(created),
      updatedAt: stampOf(created),
    };
  });
  return { services };
}
