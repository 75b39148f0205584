/**
 * One thing due in the coming week, as the dashboard's "This week" list shows it: what to do,
 * on which day, and the place in the app where it is done.
 */
export type WeekItemKind = 'action' | 'meeting' | 'minutes' | 'class' | 'refresher' | 'term' | 'verify';

export interface WeekItem {
  kind: WeekItemKind;
  /** A stable key for the list: the kind and the record it comes from. */
  key: string;
  /** What to do or what happens, in words. */
  title: string;
  /** Who or what it concerns: an owner, an agency, a place. */
  detail: string;
  /** The day it falls on; null when it waits on no day (minutes not yet approved). */
  on: string | null;
  /** The app's route where it is acted on, e.g. "/meetings/<id>". */
  path: string;
}

/** "This week" is today and the six days after it, as action items count it (src/actions/due.ts). */
export const WEEK_DAYS = 7;
