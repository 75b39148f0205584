import { promises as fs } from 'node:fs';
import os from 'node:os';
import { format, isSameDay } from 'date-fns';
import lockfile from 'proper-lockfile';
import { z } from 'zod';
import { removeLeftoverTempFiles, writeFileAtomic } from './atomicWrite';
import { realPathOf } from './realPath';
import { parseJsonSafely } from './safeJson';

/**
 * One writer per workspace file. Beside "Riverside.cit.json" the app that has it open keeps
 *
 *   Riverside.cit.json.lock/             a folder, made with mkdir (atomic, also on network
 *                                        shares), its time refreshed every few seconds
 *   Riverside.cit.json.lock-owner.json   who holds it: user name, computer name, since when
 *
 * A second copy of the app, on this computer or another one reading the same shared folder,
 * finds the folder, reads the note, and opens the workspace read-only, saying who has it.
 *
 * A lock left by a crash is recovered two ways: on the same computer, when the process named in
 * the note is no longer running, at once; from anywhere, when the folder's time has not been
 * refreshed for `staleMs` (proper-lockfile's stale rule), because a running app refreshes it.
 * If this app's own lock is lost (the laptop slept past the stale time and another copy took
 * over, or someone deleted the folder), proper-lockfile reports it through onCompromised, which
 * would otherwise throw and end the app; here it turns the session read-only instead.
 */
export const DEFAULT_LOCK_STALE_MS = 30_000;

export interface LockHolder {
  /** The user name on the computer that holds it, e.g. "dana". */
  by: string;
  /** That computer's name, e.g. "LAPTOP-7". */
  host: string;
  /** When it was opened there (ISO), or null if no note was left. */
  since: string | null;
}

/**
 * Why a session is read-only, for the banner: the holder and a sentence for the person. `by` and
 * `host` are empty when nobody holds it but the folder itself cannot be written.
 */
export interface ReadOnlyInfo extends LockHolder {
  message: string;
}

const OwnerNote = z.looseObject({
  by: z.string().max(200),
  host: z.string().max(200),
  since: z.string().max(40),
  pid: z.number().int(),
});
type OwnerNote = z.infer<typeof OwnerNote>;

const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);
const UNWRITABLE_MESSAGE =
  'This workspace is in a folder this computer cannot change, so it is read-only here. Use File › Save As to keep a copy you can work on.';
const NO_HOLDER: LockHolder = { by: 'someone', host: 'another computer', since: null };

export function lockPathFor(workspacePath: string): string {
  return `${workspacePath}.lock`;
}

export function ownerNotePathFor(workspacePath: string): string {
  return `${workspacePath}.lock-owner.json`;
}

export interface LockOptions {
  staleMs?: number;
  now?: () => Date;
  /** Called once if the lock is lost while held (never throws out of proper-lockfile's timer). */
  onCompromised?: (holder: ReadOnlyInfo) => void;
}

export type LockAttempt = { acquired: true; lock: WorkspaceLock } | { acquired: false; holder: ReadOnlyInfo };

export class WorkspaceLock {
  private released = false;
  private lost = false;

  /** @internal made by acquire(). */
  constructor(
    readonly workspacePath: string,
    private readonly note: OwnerNote,
    private readonly releaseLock: () => Promise<void>,
  ) {}

  /** Tries once to take the lock; if another copy of the app holds it, says who. */
  static async acquire(givenPath: string, options: LockOptions = {}): Promise<LockAttempt> {
    // Beside the real file, so windows that opened it through different links share one lock.
    const workspacePath = await realPathOf(givenPath);
    const first = await tryLock(workspacePath, options);
    if (first.acquired) return first;
    // Left by a crash on this very computer? The process named in the note is gone: take over.
    const note = await readOwnerNote(workspacePath);
    if (note && note.host === os.hostname() && note.pid !== process.pid && !processIsRunning(note.pid)) {
      await fs.rmdir(lockPathFor(workspacePath)).catch(() => undefined);
      return tryLock(workspacePath, options);
    }
    return first;
  }

  get compromised(): boolean {
    return this.lost;
  }

  get isHeld(): boolean {
    return !this.released && !this.lost;
  }

  /** Lets go of the lock; the owner note goes first, so it never describes someone else's lock. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    if (this.lost) return;
    const note = await readOwnerNote(this.workspacePath);
    if (note && note.pid === this.note.pid && note.host === this.note.host && note.since === this.note.since) {
      await fs.rm(ownerNotePathFor(this.workspacePath), { force: true }).catch(() => undefined);
    }
    await this.releaseLock().catch(() => undefined);
  }

  /** @internal called by proper-lockfile's timer through the closure in tryLock. */
  markLost(): void {
    this.lost = true;
  }
}

async function tryLock(workspacePath: string, options: LockOptions): Promise<LockAttempt> {
  const staleMs = options.staleMs ?? DEFAULT_LOCK_STALE_MS;
  const now = options.now ?? (() => new Date());
  let lock: WorkspaceLock | null = null;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(workspacePath, {
      realpath: false,
      lockfilePath: lockPathFor(workspacePath),
      stale: staleMs,
      update: Math.max(1_000, Math.floor(staleMs / 3)),
      retries: 0,
      onCompromised: () => {
        if (!lock || lock.compromised) return;
        lock.markLost();
        void readOwnerNote(workspacePath).then((note) => {
          const holder =
            note && !(note.pid === process.pid && note.host === os.hostname()) ? holderFromNote(note) : null;
          options.onCompromised?.({
            ...(holder ?? NO_HOLDER),
            message:
              'This window lost its hold on the workspace file (the computer may have been asleep, or the file was opened elsewhere), so it is read-only now to avoid overwriting someone else’s work. Changes made since are kept in this window only: use Save As to keep them.',
          });
        });
      },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    // A folder this computer may not write to (a read-only share, a locked-down drive): the file
    // can still be read, and nobody can be writing it from here.
    if (UNWRITABLE.has(code))
      return { acquired: false, holder: { by: '', host: '', since: null, message: UNWRITABLE_MESSAGE } };
    if (code !== 'ELOCKED') throw error;
    const note = await readOwnerNote(workspacePath);
    return { acquired: false, holder: readOnlyInfo(note ? holderFromNote(note) : null, now()) };
  }
  const note: OwnerNote = { by: currentUser(), host: os.hostname(), since: now().toISOString(), pid: process.pid };
  const held = new WorkspaceLock(workspacePath, note, release);
  lock = held;
  // Holding the lock, nobody else writes the note: new files of its atomic write still lying
  // beside it were left by a crash mid-write, and would otherwise stay for ever.
  await removeLeftoverTempFiles(ownerNotePathFor(workspacePath)).catch(() => undefined);
  try {
    await writeFileAtomic(
      ownerNotePathFor(workspacePath),
      `${JSON.stringify({ app: 'CIT Coalition Organizer', ...note }, null, 2)}\n`,
    );
  } catch {
    // The lock itself is what keeps a second writer out; without the note, others are told
    // "another copy of the app" instead of a name.
  }
  return { acquired: true, lock: held };
}

async function readOwnerNote(workspacePath: string): Promise<OwnerNote | null> {
  try {
    const text = await fs.readFile(ownerNotePathFor(workspacePath), 'utf8');
    if (text.length > 10_000) return null;
    const parsed = OwnerNote.safeParse(parseJsonSafely(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function holderFromNote(note: OwnerNote): LockHolder {
  return { by: note.by || 'someone', host: note.host || 'another computer', since: note.since };
}

/** "This workspace is open on LAPTOP-7 by dana since 09:12; it is read-only here." */
export function readOnlyInfo(holder: LockHolder | null, now: Date): ReadOnlyInfo {
  return {
    ...(holder ?? NO_HOLDER),
    message: `This workspace is ${describeHolder(holder, now)}; it is read-only here.`,
  };
}

/** "open on LAPTOP-7 by dana since 09:12" (the time alone when it is today). */
export function describeHolder(holder: LockHolder | null, now: Date): string {
  if (!holder) return 'open in another copy of the app, on this computer or another one';
  const since = holder.since ? new Date(holder.since) : null;
  const when =
    since && !Number.isNaN(since.getTime())
      ? ` since ${isSameDay(since, now) ? format(since, 'HH:mm') : format(since, 'MMM d, HH:mm')}`
      : '';
  return `open on ${holder.host} by ${holder.by}${when}`;
}

function currentUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    // Some locked-down or containerised accounts have no entry in the user database.
    return process.env.USERNAME ?? process.env.USER ?? 'someone';
  }
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
