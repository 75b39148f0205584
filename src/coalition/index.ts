/**
 * What other features may use of coalition: its record. Anything not listed here is the
 * feature's own; lint refuses a reach past this file (eslint.config.js).
 */
export { CoalitionDetails } from './model';
