/**
 * What other features may use of stakeholders: its records and the rules others build on. Anything
 * not listed here is the feature's own; lint refuses a reach past this file (eslint.config.js).
 */
export { COVERAGE_STATUS_LABELS, coverageBySector, missingSummary } from './coverage';
export type { CoverageRow } from './coverage';
export type { Conversation } from './model/conversation';
export type { Organization } from './model/organization';
export { ExportPrivacy, ProgramRole } from './model/stakeholder';
export type { Stakeholder } from './model/stakeholder';
export { AUDIENCE_FILE_LABEL, WITHHELD_NAME, displayName, exportableAffiliation, mayShowName, mayShowPersonalDetails } from './privacy';
export type { Audience } from './privacy';
export { bringsLivedExperience, organizationsById, sectorOf } from './sectorOf';
export { findOrganizationByName, organizationNamed } from './organizationMatch';
export { changeStage, StageChangeRefused, lastChangeDay } from './stageHistory';
