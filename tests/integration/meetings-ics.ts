/**
 * A small reader for the calendar files the tests write: unfolds lines, reads each event's
 * DTSTART (with its TZID), and turns a zone's local time into UTC using the file's own VTIMEZONE
 * observances, so the check does not lean on the code that wrote the file.
 */
export interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  /** Local time of the change, on the old offset, as UTC-field milliseconds. */
  startLocal: number;
  fromMinutes: number;
  toMinutes: number;
}

export function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split(/\r\n/)
    .filter(Boolean);
}

export function property(lines: string[], name: string): { params: Record<string, string>; value: string }[] {
  return lines
    .filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
    .map((l) => {
      const colon = l.indexOf(':');
      const [, ...params] = l.slice(0, colon).split(';');
      return {
        params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
        value: l.slice(colon + 1),
      };
    });
}

export function observances(lines: string[]): Observance[] {
  const out: Observance[] = [];
  let current: Partial<Observance> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:STANDARD' || line === 'BEGIN:DAYLIGHT') current = { kind: line.slice(6) as Observance['kind'] };
    else if (line.startsWith('END:STANDARD') || line.startsWith('END:DAYLIGHT')) {
      out.push(current as Observance);
      current = null;
    } else if (current && line.startsWith('DTSTART:')) current.startLocal = localMs(line.slice(8));
    else if (current && line.startsWith('TZOFFSETFROM:')) current.fromMinutes = offsetMinutes(line.slice(13));
    else if (current && line.startsWith('TZOFFSETTO:')) current.toMinutes = offsetMinutes(line.slice(11));
  }
  return out.sort((a, b) => a.startLocal - b.startLocal);
}

/** The UTC instant of a local YYYYMMDDTHHMMSS in the zone the observances describe. */
export function toUtc(local: string, obs: Observance[]): string {
  const ms = localMs(local);
  let offset = obs[0]?.fromMinutes ?? 0;
  for (const o of obs) if (ms >= o.startLocal) offset = o.toMinutes;
  return new Date(ms - offset * 60_000).toISOString();
}

function localMs(stamp: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(stamp);
  if (!m) throw new Error(`Not a local date-time: ${stamp}`);
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

function offsetMinutes(text: string): number {
  const sign = text.startsWith('-') ? -1 : 1;
  return sign * (Number(text.slice(1, 3)) * 60 + Number(text.slice(3, 5)));
}
