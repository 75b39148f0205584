import type { Draft } from 'immer';
import { type Meeting } from '../model';
import type { WorkspaceDocument } from '../../workspace/document';
import { agendaItems, inCollection, minutesItems } from '../../commands/references';
export const Subject = { id: inCollection('meetings', 'meeting') };
export const OnAgenda = { itemId: agendaItems };
export const InMinutes = { itemId: minutesItems };

/** What the meeting commands' sections share: the references they name and small draft helpers. */

export type DraftDoc = Draft<WorkspaceDocument>;

/** A plain copy of part of a draft (structuredClone cannot copy immer's proxies). */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
export type DraftMeeting = Draft<Meeting>;

export const meetingTitle = (doc: WorkspaceDocument, id: string) => doc.meetings.find((m) => m.id === id)?.title ?? '';
