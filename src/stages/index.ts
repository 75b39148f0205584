/**
 * What other features may use of stages: its records. Stages reads every other feature to judge
 * progress, so nothing below it may depend on more than this. Anything not listed here is the
 * feature's own; lint refuses a reach past this file (eslint.config.js).
 */
export { StageMark } from './model';
