import type { Draft } from 'immer';
import { z } from 'zod';
import { DayString } from '../model/dates';
import { Id } from '../model/ids';
import {
  PolicyFields,
  RevisionFields,
  RevisionStatus,
  ReviewFields,
  SignatureFields,
  type Policy,
  type PolicyRevision,
} from './model';
import { optionalLine } from '../model/text';
import type { WorkspaceDocument } from '../workspace/document';
import {
  deletionRefusal,
  planInitialStatus,
  planStatusChange,
  reviewRefusal,
  signatureRefusal,
  textEditRefusal,
  type PlanResult,
} from './revisionStatus';
import { dayInZone } from '../model/calendarDay';
import { defineCommand, findOrFail, type CommandContext } from '../commands/define';
import { changesOf } from '../commands/changes';
import { inCollection, revisionOf, within } from '../commands/references';
import { CommandError, NotFoundError } from '../errors';

const Subject = { id: inCollection('policies', 'policy') };

/**
 * Policies and their revisions. Every status rule is asked of src/policies/revisionStatus.ts;
 * applyCommand checks the records named (agencies, workgroup, meeting, reviewer); this file records the change.
 */

const PolicyRef = { policyId: Id };
const RevisionRef = { policyId: Id, revisionId: Id };

export const addPolicy = defineCommand({
  name: 'addPolicy',
  label: 'add policy',
  input: PolicyFields.strict(),
  describe: (input) => `add policy "${input.title}"`,
  apply(draft, input, context) {
    refuseDuplicateTitle(draft, input.title, null);
    const policy: Policy = {
      id: context.newId(),
      ...input,
      partnerOrganizationIds: partnersWithoutOwner(input.partnerOrganizationIds, input.owningOrganizationId),
      revisions: [],
      createdAt: context.now.toISOString(),
    };
    draft.policies.push(policy);
    return policy.id;
  },
});

export const updatePolicy = defineCommand({
  name: 'updatePolicy',
  references: Subject,
  label: 'edit policy',
  input: z.strictObject({ id: Id, changes: changesOf(PolicyFields) }),
  describe: (input, doc) => `edit policy "${doc.policies.find((p) => p.id === input.id)?.title ?? ''}"`,
  apply(draft, { id, changes }) {
    const policy = findOrFail(draft.policies, id, 'policy');
    if (changes.title !== undefined) refuseDuplicateTitle(draft, changes.title, id);
    Object.assign(policy, changes);
    policy.partnerOrganizationIds = partnersWithoutOwner(policy.partnerOrganizationIds, policy.owningOrganizationId);
  },
});

export const deletePolicy = defineCommand({
  name: 'deletePolicy',
  references: Subject,
  label: 'delete policy',
  input: z.strictObject({ id: Id }),
  describe: (input, doc) => `delete policy "${doc.policies.find((p) => p.id === input.id)?.title ?? ''}"`,
  apply(draft, { id }) {
    const index = draft.policies.findIndex((p) => p.id === id);
    if (index < 0) throw new NotFoundError('That policy no longer exists.');
    draft.policies.splice(index, 1);
    // Action items raised about the policy stay on the list; they just no longer point at it.
    for (const item of draft.actionItems)
      if (item.source.kind === 'policy' && item.source.id === id) item.source.id = null;
  },
});

/**
 * Adds a revision. New work starts as a draft; a person recording history may give the status it
 * already reached (an old version as superseded, the version in force as adopted).
 */
export const addPolicyRevision = defineCommand({
  name: 'addPolicyRevision',
  label: 'add policy revision',
  input: z.strictObject({ ...PolicyRef, ...RevisionFields.shape, status: RevisionStatus.default('draft') }),
  describe: (input, doc) =>
    `add version ${input.version} of "${doc.policies.find((p) => p.id === input.policyId)?.title ?? ''}"`,
  apply(draft, { policyId, status, ...fields }, context) {
    const policy = findOrFail(draft.policies, policyId, 'policy');
    refuseDuplicateVersion(policy, fields.version, null);
    const revision: PolicyRevision = {
      id: context.newId(),
      ...fields,
      status,
      statusHistory: [{ status, on: fields.date, note: '' }],
      reviews: [],
      signatures: [],
      createdAt: context.now.toISOString(),
    };
    const plan = planInitialStatus(policy.revisions, revision);
    policy.revisions.push(revision);
    carryOut(policy, plan, fields.date, revision.id);
    return revision.id;
  },
});

export const updatePolicyRevision = defineCommand({
  name: 'updatePolicyRevision',
  label: 'edit policy revision',
  input: z.strictObject({ ...RevisionRef, changes: changesOf(RevisionFields) }),
  describe: (input, doc) => `edit a revision of "${doc.policies.find((p) => p.id === input.policyId)?.title ?? ''}"`,
  apply(draft, { policyId, revisionId, changes }) {
    const policy = findOrFail(draft.policies, policyId, 'policy');
    const revision = findOrFail(policy.revisions, revisionId, 'revision');
    if (changes.text !== undefined && changes.text !== revision.text) {
      const refusal = textEditRefusal(revision);
      if (refusal) throw new CommandError(refusal);
    }
    if (changes.version !== undefined) refuseDuplicateVersion(policy, changes.version, revisionId);
    Object.assign(revision, changes);
  },
});

export const setRevisionStatus = defineCommand({
  name: 'setRevisionStatus',
  label: 'change revision status',
  input: z.strictObject({
    ...RevisionRef,
    status: RevisionStatus,
    /** The day it happened; today (in the coalition's time zone) when left out. */
    on: DayString.optional(),
    /** The meeting where the committee decided, for approvals. */
    meetingId: Id.nullable().optional(),
    note: optionalLine('Note', 500),
  }),
  describe: (input, doc) => {
    const policy = doc.policies.find((p) => p.id === input.policyId);
    const revision = policy?.revisions.find((r) => r.id === input.revisionId);
    return `mark version ${revision?.version ?? ''} of "${policy?.title ?? ''}" ${RevisionStatus.labelOf(input.status).toLowerCase()}`;
  },
  apply(draft, { policyId, revisionId, status, on, meetingId, note }, context) {
    const policy = findOrFail(draft.policies, policyId, 'policy');
    const revision = findOrFail(policy.revisions, revisionId, 'revision');
    const day = on ?? today(draft, context);
    if (day < revision.date) {
      throw new CommandError(
        `Version ${revision.version} is dated ${revision.date}; its status cannot change on an earlier day (${day}).`,
      );
    }
    carryOut(policy, planStatusChange(policy.revisions, revisionId, status), day, revisionId, note);
    if (meetingId !== undefined) revision.meetingId = meetingId;
  },
});

export const deletePolicyRevision = defineCommand({
  name: 'deletePolicyRevision',
  label: 'delete policy revision',
  input: z.strictObject(RevisionRef),
  describe: (input, doc) => {
    const policy = doc.policies.find((p) => p.id === input.policyId);
    return `delete version ${policy?.revisions.find((r) => r.id === input.revisionId)?.version ?? ''} of "${policy?.title ?? ''}"`;
  },
  apply(draft, { policyId, revisionId }) {
    const policy = findOrFail(draft.policies, policyId, 'policy');
    const revision = findOrFail(policy.revisions, revisionId, 'revision');
    const refusal = deletionRefusal(revision);
    if (refusal) throw new CommandError(refusal);
    policy.revisions = policy.revisions.filter((r) => r.id !== revisionId);
  },
});

export const addRevisionReview = defineCommand({
  name: 'addRevisionReview',
  label: 'record review',
  input: z.strictObject({ ...RevisionRef, ...ReviewFields.shape }),
  describe: (input, doc) => `record a review of "${doc.policies.find((p) => p.id === input.policyId)?.title ?? ''}"`,
  apply(draft, { policyId, revisionId, ...review }, context) {
    const policy = findOrFail(draft.policies, policyId, 'policy');
    const revision = findOrFail(policy.revisions, revisionId, 'revision');
    const refusal = reviewRefusal(revision);
    if (refusal) throw new CommandError(refusal);
    if (!review.reviewerId && !review.reviewerName)
      throw new CommandError('Choose who reviewed it, or type their name.');
    const id = context.newId();
    revision.reviews.push({ id, ...review, reviewerName: review.reviewerId ? '' : review.reviewerName });
    return id;
  },
});

export const removeRevisionReview = defineCommand({
  name: 'removeRevisionReview',
  label: 'remove review',
  input: z.strictObject({ ...RevisionRef, reviewId: Id }),
  describe: (input, doc) => `remove a review of "${doc.policies.find((p) => p.id === input.policyId)?.title ?? ''}"`,
  apply(draft, { policyId, revisionId, reviewId }) {
    const revision = findOrFail(findOrFail(draft.policies, policyId, 'policy').revisions, revisionId, 'revision');
    findOrFail(revision.reviews, reviewId, 'review');
    revision.reviews = revision.reviews.filter((r) => r.id !== reviewId);
  },
});

/** Records (or corrects) one partner agency's signature on a revision. */
export const recordSignature = defineCommand({
  name: 'recordSignature',
  label: 'record signature',
  input: z.strictObject({ ...RevisionRef, ...SignatureFields.shape }),
  describe: (input, doc) =>
    `record ${doc.organizations.find((o) => o.id === input.organizationId)?.name ?? 'a partner'}'s signature`,
  apply(draft, { policyId, revisionId, ...signature }) {
    const policy = findOrFail(draft.policies, policyId, 'policy');
    const revision = findOrFail(policy.revisions, revisionId, 'revision');
    const organization = findOrFail(draft.organizations, signature.organizationId, 'agency');
    const refusal = signatureRefusal(revision);
    if (refusal) throw new CommandError(refusal);
    const signs =
      policy.partnerOrganizationIds.includes(organization.id) || policy.owningOrganizationId === organization.id;
    if (!signs) {
      throw new CommandError(
        `${organization.name} is not one of the agencies that sign "${policy.title}". Add it to the partner agencies first.`,
      );
    }
    if (signature.signedOn < revision.date) {
      throw new CommandError(
        `Version ${revision.version} is dated ${revision.date}; it cannot have been signed earlier, on ${signature.signedOn}.`,
      );
    }
    revision.signatures = [...revision.signatures.filter((s) => s.organizationId !== organization.id), signature];
  },
});

export const removeSignature = defineCommand({
  name: 'removeSignature',
  references: {
    organizationId: within(
      'signature',
      revisionOf,
      (r) => r.signatures.map((s) => s.organizationId),
      'That signature is not recorded.',
    ),
  },
  label: 'remove signature',
  input: z.strictObject({ ...RevisionRef, organizationId: Id }),
  describe: (input, doc) =>
    `remove ${doc.organizations.find((o) => o.id === input.organizationId)?.name ?? 'a partner'}'s signature`,
  apply(draft, { policyId, revisionId, organizationId }) {
    const revision = findOrFail(findOrFail(draft.policies, policyId, 'policy').revisions, revisionId, 'revision');
    if (!revision.signatures.some((s) => s.organizationId === organizationId))
      throw new CommandError('That signature is not recorded.');
    revision.signatures = revision.signatures.filter((s) => s.organizationId !== organizationId);
  },
});

export const policyCommands = {
  addPolicy,
  updatePolicy,
  deletePolicy,
  addPolicyRevision,
  updatePolicyRevision,
  setRevisionStatus,
  deletePolicyRevision,
  addRevisionReview,
  removeRevisionReview,
  recordSignature,
  removeSignature,
};

/** Applies a plan from the status rules, stamping each revision's history. */
function carryOut(policy: Draft<Policy>, plan: PlanResult, on: string, targetId: string, note = ''): void {
  if (!plan.ok) throw new CommandError(plan.message);
  for (const change of plan.changes) {
    const revision = findOrFail(policy.revisions, change.revisionId, 'revision');
    const superseding = change.revisionId !== targetId;
    // The revision being added already carries its first history entry.
    if (revision.status === change.to && revision.statusHistory.at(-1)?.status === change.to) continue;
    revision.status = change.to;
    revision.statusHistory.push({
      status: change.to,
      on,
      note: superseding
        ? `Superseded when version ${findOrFail(policy.revisions, targetId, 'revision').version} was adopted.`
        : note,
    });
  }
}

function partnersWithoutOwner(partners: readonly string[], owner: string | null): string[] {
  return [...new Set(partners)].filter((id) => id !== owner);
}

function refuseDuplicateTitle(draft: Draft<WorkspaceDocument>, title: string, exceptId: string | null): void {
  const clash = draft.policies.find(
    (p) => p.id !== exceptId && p.title.toLocaleLowerCase() === title.toLocaleLowerCase(),
  );
  if (clash)
    throw new CommandError(`There is already a policy called "${clash.title}". Give this one a different title.`);
}

function refuseDuplicateVersion(policy: Draft<Policy>, version: string, exceptId: string | null): void {
  const clash = policy.revisions.find(
    (r) => r.id !== exceptId && r.version.toLocaleLowerCase() === version.toLocaleLowerCase(),
  );
  if (clash)
    throw new CommandError(`"${policy.title}" already has a version ${clash.version}. Use a different version label.`);
}

function today(draft: Draft<WorkspaceDocument>, context: CommandContext): string {
  return dayInZone(context.now, draft.coalition.timeZone);
}
