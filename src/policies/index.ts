/**
 * What other features may use of policies: its records and the rules others build on. Anything
 * not listed here is the feature's own; lint refuses a reach past this file (eslint.config.js).
 */
export { adoptedRevision, currentRevision } from './currentRevision';
export { PolicyKind, RevisionStatus } from './model';
export type { Policy, PolicyRevision } from './model';
export { waitingOn } from './waitingOn';
export type { WaitingOn } from './waitingOn';
