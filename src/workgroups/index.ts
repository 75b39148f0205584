/**
 * What other features may use of workgroups: its records and the rules others build on. Anything
 * not listed here is the feature's own; lint refuses a reach past this file (eslint.config.js).
 */
export { WorkgroupFocus, WorkgroupStatus } from './model';
export type { Workgroup } from './model';
export { isReportItemFor, REPORT_PREFIX } from './reportToCommittee';
export { workgroupReportPart } from './export/workgroupReport';
