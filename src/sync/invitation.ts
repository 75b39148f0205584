import { z } from 'zod';
import { SyncRefusal } from './errors';

/**
 * What a chair hands a member so they can join: which server, which database, which coalition.
 * Never a password or the passphrase: the member signs in with their own account, and is told
 * the passphrase by a person, not by a file that may be forwarded.
 */
export const Invitation = z.strictObject({
  kind: z.literal('cit-coalition-invitation'),
  version: z.literal(1),
  server: z.url(),
  database: z.string().min(1).max(200),
  coalitionId: z.string().min(1).max(100),
  coalitionName: z.string().max(200),
});
export type Invitation = z.infer<typeof Invitation>;

export function makeInvitation(details: Omit<Invitation, 'kind' | 'version'>): Invitation {
  return Invitation.parse({ kind: 'cit-coalition-invitation', version: 1, ...details });
}

/** The invitation as a small file's text (or a code to paste: the same text). */
export function invitationText(invitation: Invitation): string {
  return `${JSON.stringify(invitation, null, 2)}\n`;
}

export function readInvitation(text: string): Invitation {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new SyncRefusal('invitation', 'This is not an invitation to a coalition. Ask the chair to send it again.');
  }
  if (raw !== null && typeof raw === 'object' && ('password' in raw || 'passphrase' in raw))
    throw new SyncRefusal('invitation', 'This invitation holds a password, which an invitation never should. Ask the chair for a new one.');
  const parsed = Invitation.safeParse(raw);
  if (!parsed.success)
    throw new SyncRefusal('invitation', 'This is not an invitation to a coalition. Ask the chair to send it again.');
  return parsed.data;
}
