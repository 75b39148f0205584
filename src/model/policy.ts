import { z } from 'zod';
import { Timestamp } from './dates';
import { Id } from './ids';
import { labelledEnum } from './labels';
import { LIMITS, requiredLine } from './text';

export const PolicyKind = labelledEnum(['agency-policy', 'sop', 'moa', 'dispatch-protocol', 'data-sharing', 'other'], {
  'agency-policy': 'Agency policy',
  sop: 'Standard operating procedure',
  moa: 'Memorandum of agreement',
  'dispatch-protocol': 'Dispatch protocol',
  'data-sharing': 'Data-sharing agreement',
  other: 'Other',
});

/**
 * A policy or agreement that partner agencies revise and adopt. The revision history is defined
 * by the policies feature, which extends `revisions` in this file.
 */
export const PolicyFields = z.object({
  title: requiredLine('Policy title', LIMITS.title),
  kind: PolicyKind.default('agency-policy'),
  owningOrganizationId: Id.nullable().default(null),
  workgroupId: Id.nullable().default(null),
  partnerOrganizationIds: z.array(Id).default([]),
});

export const Policy = z.looseObject({
  id: Id,
  ...PolicyFields.shape,
  revisions: z.array(z.looseObject({ id: Id })).default([]),
  createdAt: Timestamp,
});
export type Policy = z.infer<typeof Policy>;
