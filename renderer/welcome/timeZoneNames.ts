/**
 * Time zones in words a person recognises: the city, its region, the zone's everyday name and
 * its offset today ("Denver (America) — Mountain Time, GMT-7"), so "Chicago", "Central" and
 * "GMT-6" all find the same entry in a searchable list. The names come from the computer's own
 * list of zones (Intl.supportedValuesOf); the zone in use is always offered, even when that
 * list lacks it (UTC is missing from some).
 */
export interface TimeZoneChoice {
  value: string;
  label: string;
}

export function plainTimeZoneChoices(current: string, now = new Date()): TimeZoneChoice[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const names = known.includes(current) ? known : [current, ...known];
  return names
    .map((value) => ({ value, label: plainTimeZoneName(value, now) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-US'));
}

export function plainTimeZoneName(zone: string, now = new Date()): string {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC — Coordinated Universal Time, GMT+0';
  const parts = zone.split('/').map((part) => part.replace(/_/g, ' '));
  const city = parts.at(-1) ?? zone;
  const region = parts.slice(0, -1).join(', ');
  const place = region ? `${city} (${region})` : city;
  const generic = zoneName(zone, 'longGeneric', now);
  const offset = zoneName(zone, 'shortOffset', now);
  const everyday = generic && !generic.startsWith('GMT') ? `${generic}, ` : '';
  return offset ? `${place} — ${everyday}${offset}` : place;
}

/** What time it is in the zone now, for the line under the picker ("9:41 AM"). */
export function timeNowIn(zone: string, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', minute: '2-digit' }).format(now);
  } catch {
    return '';
  }
}

function zoneName(zone: string, style: 'longGeneric' | 'shortOffset', now: Date): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: style }).formatToParts(now);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}
