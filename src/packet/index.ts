/**
 * What other features may use of the meeting packet. It sits at the top of the ladder beside
 * stages and nothing builds on it; its rules are exported for the screens and tests.
 */
export { namedReports } from './namedReports';
export { packetActionItems } from './openActions';
export { minutesForApproval } from './previousMinutes';
