/**
 * The time zones the computer knows, for the settings picker, labelled for reading
 * ("America/New_York" → "America / New York"). The coalition's current zone is always offered,
 * even if this computer's list lacks it (UTC is missing from some).
 */
export function timeZoneChoices(current: string): { value: string; label: string }[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const names = known.includes(current) ? known : [current, ...known];
  return names.map((value) => ({ value, label: value.replace(/_/g, ' ').replace(/\//g, ' / ') }));
}
