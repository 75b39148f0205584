/**
 * What other features may use of the directory: its records and the rules others build on (the
 * dashboard lists entries to check; Step Two reads the gaps). Lint refuses a reach past this file.
 */
export type { Service, DirectorySettings } from './model';
export { ServiceKind, ReferralWay } from './model';
export { servicesToVerify } from './verify';
export type { VerifyDue } from './verify';
export { directoryGaps, ESSENTIAL_KINDS } from './gaps';
export type { DirectoryGaps, Gap, KindCoverage } from './gaps';
export { isOpenAt, isOpenNow, openEveryNight, openAroundTheClock, hoursInWords } from './hours';
export { filterServices, languagesOffered, NO_SERVICE_FILTER, searchIndex } from './filter';
export type { ServiceFilter } from './filter';
