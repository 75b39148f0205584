import { zoneAbbreviation } from '../../src/model/wallClock';

/**
 * How the screen writes times and sizes for a person: in their own locale and time zone
 * ("Nov 22, 2026, 2:05 PM"), and file sizes in KB/MB rather than bytes.
 */
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** A moment as the clock read in a given zone, with the zone's short name: "Dec 3, 2026, 2:02 PM CST". */
export function formatDateTimeIn(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    const text = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
    return `${text} ${zoneAbbreviation(date, timeZone)}`;
  } catch {
    return dateTime.format(date);
  }
}

export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : time.format(date);
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
