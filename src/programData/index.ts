/**
 * What other features may use of program data: its records and the rules others build on (the
 * stages checklist cites quarters entered as evidence). Lint refuses a reach past this file.
 */
export { MEASURE_IDS, DEFAULT_MEASURES, allMeasures, keptMeasures } from './measures';
export type { DefaultMeasureId } from './measures';
export type { Measure, QuarterEntry } from './model';
export { quartersEntered, totalsByQuarter } from './totals';
export { diversionShare, citHandledShare } from './shares';
export { parseQuarter, quarterInWords, quarterOfDay } from './quarters';
export { programDataView, reportQuarters } from './reportView';
export { programDataReportPart } from './export/programDataReport';
