import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Draft } from 'immer';
import { type RecognitionEvent } from '../model';
import type { WorkspaceDocument } from '../../workspace/document';
import { findOrFail, type CommandContext } from '../../commands/define';
import { awardCategories, inCollection, nominations, segments } from '../../commands/references';
import { InputError, NotFoundError } from '../../errors';
export const Subject = { id: inCollection('recognitionEvents', 'recognition event') };
export const Category = { id: awardCategories };
export const NominationRef = { id: nominations };
export const SegmentRef = { id: segments };

/** What the recognition commands' sections share: the references they name, limits, and small draft helpers. */

export const MAX_CATEGORIES = 40;
export const MAX_NOMINATIONS = 2_000;
export const MAX_SEGMENTS = 150;
export const MAX_COMMITTEE = 60;

export type DraftDoc = Draft<WorkspaceDocument>;
export type DraftEvent = Draft<RecognitionEvent>;

export function findEvent(draft: DraftDoc, id: string): DraftEvent {
  return findOrFail(draft.recognitionEvents, id, 'recognition event');
}

export function eventTitle(doc: WorkspaceDocument, id: string): string {
  return doc.recognitionEvents.find((e) => e.id === id)?.title ?? '';
}

/** A broken rule shown beside the form field it concerns. */
export function refuse(field: string, message: string): never {
  throw new InputError(message, { [field]: message });
}

export function todayIn(draft: DraftDoc, context: CommandContext): string {
  return format(context.now, 'yyyy-MM-dd', { in: tz(draft.coalition.timeZone) });
}

export function moveWithin<T extends { id: string }>(items: T[], id: string, toIndex: number, what: string): void {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) throw new NotFoundError(`That ${what} no longer exists. It may have been deleted.`);
  const [item] = items.splice(from, 1);
  if (item) items.splice(Math.min(toIndex, items.length), 0, item);
}
