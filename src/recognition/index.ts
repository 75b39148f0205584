/**
 * What other features may use of recognition: its records and the rules others build on. Anything
 * not listed here is the feature's own; lint refuses a reach past this file (eslint.config.js).
 */
export { RecognitionStatus } from './model';
