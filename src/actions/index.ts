/**
 * What other features may use of actions: its records and the rules others build on. Anything
 * not listed here is the feature's own; lint refuses a reach past this file (eslint.config.js).
 */
export { createActionItem } from './commands';
export { addDaysTo, groupByDue, relativeDue } from './due';
export { ActionItemFields, ActionStatus } from './model';
export type { ActionItem } from './model';
export { dueState, isClosed } from './due';
