import type { z } from 'zod';
import { RECORD_SCHEMAS, type CollectionName } from '../workspace/document';

/**
 * Which fields of each collection leave the laptop sealed (crypto.ts), declared once per
 * collection. The rule is the share-safe copy's (src/workspace/shareSafe.ts): free text the
 * coalition wrote about people, what was said in conversations, lived experience, everyone's
 * contact details, nomination stories and the committee's scores, trainees' names, program data
 * numbers. A field holding such things deeper inside (a stage change's note, a nomination's
 * reviews) seals the whole top-level field that holds it.
 *
 * Safe by default in both directions a later change could go wrong:
 * - a collection not listed here (a feature added later) has every field sealed except its key
 *   and its creation time, so nothing is sent readable by omission;
 * - a field a record holds that its schema does not know (a newer app's) is sealed too.
 * tests/unit/sync-sensitiveFields.test.ts fails for a declared field its schema does not have.
 */
export const SENSITIVE_FIELDS: Partial<Record<CollectionName, readonly string[]>> = {
  stakeholders: ['email', 'phone', 'preferredContact', 'tags', 'notes', 'livedExperience', 'influence', 'interest', 'stageHistory'],
  organizations: ['notes'],
  conversations: ['heldBy', 'summary', 'commonGround', 'concerns'],
  meetings: [],
  actionItems: [],
  workgroups: [],
  policies: [],
  recognitionEvents: ['nominations', 'budgetNotes'],
  trainingCourses: [],
  trainingClasses: ['trainees'],
  agencyStaffing: [],
  stageMarks: ['note'],
  programMeasures: [],
  programQuarters: ['values', 'note'],
};

/**
 * Sealed as well when the person asked not to be named (privacy 'private'): then who they are
 * is as private as their notes, and the server sees only that a withheld person exists.
 */
export const SENSITIVE_WHEN_PRIVATE: Partial<Record<CollectionName, readonly string[]>> = {
  stakeholders: ['name', 'title', 'organizationId', 'sector', 'roles'],
};

/** Fields left readable in a collection nobody has declared: enough to replicate, nothing said. */
const ALWAYS_CLEAR = ['createdAt'];

export function schemaFieldsOf(collection: CollectionName): string[] {
  return Object.keys((RECORD_SCHEMAS[collection] as unknown as z.ZodObject).shape);
}

/** Whether one field of one record leaves the laptop sealed. */
export function isSensitive(collection: CollectionName, record: Record<string, unknown>, field: string, keyField: string): boolean {
  if (field === keyField) return false;
  const declared = SENSITIVE_FIELDS[collection];
  if (!declared) return !ALWAYS_CLEAR.includes(field);
  if (!schemaFieldsOf(collection).includes(field)) return true;
  if (declared.includes(field)) return true;
  const whenPrivate = SENSITIVE_WHEN_PRIVATE[collection];
  return whenPrivate !== undefined && record.privacy === 'private' && whenPrivate.includes(field);
}
