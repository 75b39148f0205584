/**
 * What other features may use of meetings: its records and the rules others build on. Anything
 * not listed here is the feature's own; lint refuses a reach past this file (eslint.config.js).
 */
export { IN_ROOM } from './attendance';
export { byStart } from './body';
export { AgendaItem, MeetingKind, MeetingStatus } from './model';
export type { Meeting } from './model';
export { earlierMeetingsOfBody } from './body';
export { nameLookup, ownerName, whenWhere } from './meetingFacts';
export { agendaPart } from './export/agenda';
export { minutesPart } from './export/minutes';
