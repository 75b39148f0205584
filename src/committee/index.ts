/**
 * What other features (and the dashboard) may use of the committee: its records and the rules
 * of seats, officers and declarations. Anything not listed here is the feature's own.
 */
export { OfficerRole } from './model';
export type { CommitteeSeat, ConflictDeclaration, OfficerTerm, SeatTerm } from './model';
export { currentTerm, pastTerms, seatedIds, termEndFor } from './seats';
export { endingWords, termsEndingWithin, type SeatNeedingAttention } from './termsEnding';
export { currentOfficer, officerHistory, roleDisagreements } from './officers';
export { committeeMemberIds, declarationFor, notYetDeclared } from './declarations';
