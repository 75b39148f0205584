/** What other parts of the app may use of sync (the Electron wiring, the API feature). */
export { SyncEngine, type ConflictEntry, type SyncTarget } from './engine';
export { connectWorkspace, joinCoalition, invitationFor, disconnect, probe, readConnection, type Account, type Connection } from './connection';
export { readInvitation, invitationText, makeInvitation, type Invitation } from './invitation';
export { statusLine, type SyncStatus } from './status';
export { SyncRefusal, type RefusalReason } from './errors';
export type { Resolution } from './resolve';
export type { Attention } from './merge';
