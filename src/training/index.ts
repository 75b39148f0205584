/**
 * What other features may use of training: its records, the rule of when a class is held, and
 * the evidence the checklist of stages reads. Anything not listed here is the feature's own.
 */
export { CourseKind, TraineeRole, TraineeStatus } from './model';
export type { AgencyStaffing, Course, Trainee, TrainingClass } from './model';
export { classesHeld, completedCount, isHeld } from './held';
export { trainingEvidence, type TrainingEvidence } from './evidence';
export { refreshers } from './inService';
export { trainingSummaryPart } from './export/summary';
