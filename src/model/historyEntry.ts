import { z } from 'zod';
import { Timestamp } from './dates';
import { Id } from './ids';
import { labelledEnum } from './labels';

export const HistoryKind = labelledEnum(['change', 'undo', 'redo'], {
  change: 'Change',
  undo: 'Undone',
  redo: 'Redone',
});
export type HistoryKind = z.infer<typeof HistoryKind>;

/**
 * One line of the workspace's history: what changed, when, and through which command. Written by
 * the session (src/workspace/session.ts) for every change, undo and redo, and kept in the file so
 * the record of who-did-what survives closing the app. Only the newest entries are kept
 * (HISTORY_LIMIT), so the file does not grow without end.
 */
export const HistoryEntry = z.looseObject({
  id: Id,
  at: Timestamp,
  kind: HistoryKind,
  /** The command's name, e.g. "addStakeholder". */
  command: z.string().min(1).max(100),
  /** The change in words, as shown in Edit › Undo: 'add action item "Book the hall"'. */
  description: z.string().max(1_000),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** The history shown and kept: at least this many of the newest entries. */
export const HISTORY_LIMIT = 1_000;

/**
 * The history as read from a file. It is a convenience record, not coalition data, so a damaged
 * entry (edited by hand, written by a buggy version) is left out rather than making the whole
 * workspace refuse to open; a missing history is an empty one.
 */
export const HistoryList = z
  .array(z.unknown())
  .default([])
  .transform((entries) =>
    entries.flatMap((entry) => {
      const parsed = HistoryEntry.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    }),
  );
