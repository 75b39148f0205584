import { z } from 'zod';
import { isPlainEmailAddress } from '../../model/emailAddress';
import { DayString, Timestamp } from '../../model/dates';
import { Id } from '../../model/ids';
import { labelledEnum } from '../../model/labels';
import { Sector } from '../../model/sector';
import { longText, optionalLine, requiredLine } from '../../model/text';

/** How far along the coalition is with a person, from first named to steering committee seat. */
export const EngagementStage = labelledEnum(
  ['identified', 'contacted', 'in-conversation', 'committed', 'steering-committee', 'declined', 'inactive'],
  {
    identified: 'Identified',
    contacted: 'Contacted',
    'in-conversation': 'In conversation',
    committed: 'Committed',
    'steering-committee': 'Steering committee member',
    declined: 'Declined',
    inactive: 'Inactive',
  },
);
export type EngagementStage = z.infer<typeof EngagementStage>;

export const ProgramRole = labelledEnum(['chair', 'coordinator', 'convener', 'workgroup-lead', 'trainer'], {
  chair: 'Steering committee chair',
  coordinator: 'CIT coordinator',
  convener: 'Convener / champion',
  'workgroup-lead': 'Workgroup lead',
  trainer: 'Trainer',
});
export type ProgramRole = z.infer<typeof ProgramRole>;

export const Level = labelledEnum(['low', 'medium', 'high'], { low: 'Low', medium: 'Medium', high: 'High' });
export type Level = z.infer<typeof Level>;

export const PreferredContact = labelledEnum(['email', 'phone', 'text', 'in-person', 'any'], {
  email: 'Email',
  phone: 'Phone',
  text: 'Text message',
  'in-person': 'In person',
  any: 'No preference',
});

/**
 * What exports may show of a person. People with lived experience often choose not to be named
 * outside the coalition; the choice is theirs and every export honours it.
 */
export const ExportPrivacy = labelledEnum(['public', 'name-only', 'private'], {
  public: 'Name and contact details may appear in exports',
  'name-only': 'Name may appear, contact details may not',
  private: 'Neither name nor contact details may appear',
});
export type ExportPrivacy = z.infer<typeof ExportPrivacy>;

export const StageChange = z.looseObject({
  stage: EngagementStage,
  on: DayString,
  note: optionalLine('Note', 500),
  /** The conversation that prompted the change, when logging one moved the person along. */
  conversationId: Id.nullable().optional(),
});
export type StageChange = z.infer<typeof StageChange>;

// The rule before addresses had to be plain: what a saved workspace may still hold, so it opens.
const SAVED_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Digits with the usual separators, an optional leading +, and an optional extension.
const PHONE = /^\+?[\d\s().-]{7,25}(\s*(x|ext\.?)\s*\d{1,6})?$/i;

/** An address a person types or imports: a plain one (see isPlainEmailAddress), never link parameters. */
export const Email = optionalLine('Email', 254).refine((v) => v === '' || isPlainEmailAddress(v), {
  error: 'Enter a valid email address, like name@agency.org.',
});
/**
 * An address as a saved record holds it. Refusing the older, looser form here would lock a
 * coalition out of its own file; every mail link is built from plain addresses only, and the form
 * asks for a plain one when the person is next edited.
 */
const SavedEmail = optionalLine('Email', 254).refine((v) => v === '' || SAVED_EMAIL.test(v), {
  error: 'Enter a valid email address, like name@agency.org.',
});
export const Phone = optionalLine('Phone', 40).refine((v) => v === '' || PHONE.test(v), {
  error: 'Enter a phone number using digits, spaces, dashes or brackets, like (555) 010-2030.',
});

export const Tag = requiredLine('Tag', 60);

/** The fields a person edits on the stakeholder form. */
export const StakeholderFields = z.object({
  name: requiredLine('Name'),
  title: optionalLine('Title'),
  organizationId: Id.nullable().default(null),
  sector: Sector.default('other'),
  email: Email,
  phone: Phone,
  preferredContact: PreferredContact.default('any'),
  tags: z.array(Tag).max(50).default([]),
  notes: longText('Notes'),
  livedExperience: z.boolean().default(false),
  privacy: ExportPrivacy.default('public'),
  roles: z.array(ProgramRole).default([]),
  influence: Level.default('medium'),
  interest: Level.default('medium'),
});

export const Stakeholder = z.looseObject({
  id: Id,
  ...StakeholderFields.shape,
  email: SavedEmail,
  stage: EngagementStage.default('identified'),
  /** Every change of stage, oldest first; the last entry is the current stage. */
  stageHistory: z.array(StageChange).default([]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Stakeholder = z.infer<typeof Stakeholder>;
