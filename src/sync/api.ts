import { z } from 'zod';
import { defineMethod } from '../api/method';
import { ConnectSyncInput, JoinSyncInput } from './inputs';
import { readInvitation } from './invitation';

/**
 * Sharing a coalition with the other members' laptops (issue 19): the chair connects the
 * workspace to a server and makes invitations; a member joins from one; anyone syncs now, sees
 * the status and settles conflicts. The work is done by the SyncService (service.ts), which the
 * app starts with every workspace it opens.
 */
export const syncMethods = {
  connectSync: defineMethod({
    summary:
      'Connects the open workspace to a CouchDB server for sharing (or signs in again): the server address, the coalition’s database, this person’s account and password, the coalition passphrase. The password is kept by the operating system, never in the file. Refused plainly (wrong password, unknown server, another coalition’s database) with the file untouched.',
    input: ConnectSyncInput,
    async handle({ server, database, account, password, passphrase }, context) {
      const session = context.requireSession();
      return context.sync.connect(session, { server, database, username: account, password }, passphrase);
    },
  }),

  makeInvitation: defineMethod({
    summary:
      'An invitation to the shared coalition for a member: which server and database, no password or passphrase. With save: true, also saved as a small .citinvite file where the person chooses.',
    input: z.strictObject({ save: z.boolean().optional() }),
    async handle({ save }, context) {
      const { doc } = context.requireSession();
      const { invitation, text } = context.sync.invitation(doc.coalition.name);
      const saved = save ? await context.saveExport(`Invitation to ${doc.coalition.name}`, 'citinvite', text) : null;
      return {
        text,
        coalitionName: invitation.coalitionName,
        server: invitation.server,
        database: invitation.database,
        saved,
      };
    },
  }),

  joinSync: defineMethod({
    summary:
      'Joins a shared coalition from an invitation (its text): signs in with this person’s own account, checks the passphrase, asks where to save the new workspace file, fills it from the server and opens it. Null if the person cancelled the dialog.',
    input: JoinSyncInput,
    async handle({ invitation, account, password, passphrase }, context) {
      const read = readInvitation(invitation);
      return context.openNewWorkspace(read.coalitionName || 'Coalition', (filePath) =>
        context.sync.join({ invitation: read, username: account, password, passphrase, filePath }),
      );
    },
  }),

  disconnectSync: defineMethod({
    summary:
      'Stops sharing the open workspace. Its file is kept as it is; the copy kept for sharing and the password are forgotten.',
    input: z.strictObject({}),
    async handle(_input, context) {
      await context.sync.disconnect(context.requireSession());
      return null;
    },
  }),

  syncNow: defineMethod({
    summary:
      'Sends this laptop’s changes to the server and takes the other members’ now, then returns the sharing status.',
    input: z.strictObject({}),
    async handle(_input, context) {
      context.requireSession();
      return context.sync.syncNow();
    },
  }),

  getSyncStatus: defineMethod({
    summary:
      'The open workspace’s sharing: the status (and its line for the header), the server, database and account. Null when it is not shared.',
    input: z.strictObject({}),
    async handle(_input, context) {
      return context.sync.status();
    },
  }),

  listConflicts: defineMethod({
    summary:
      'What a person must settle after sharing: each field changed differently on two laptops (with both values), and each record deleted on one and changed on another.',
    input: z.strictObject({}),
    async handle(_input, context) {
      return context.sync.conflicts();
    },
  }),

  settleConflict: defineMethod({
    summary:
      'Settles one conflict (docId and index from listConflicts): choose one of the values, type a combined text, or, for a record deleted elsewhere, keep it or delete it. Reaches every member.',
    input: z.strictObject({
      docId: z.string().min(1).max(500),
      index: z.number().int().min(0).max(10_000),
      resolution: z.union([
        z.strictObject({ choose: z.number().int().min(0).max(100) }),
        z.strictObject({ value: z.string().max(100_000) }),
        z.strictObject({ keep: z.boolean() }),
      ]),
    }),
    async handle({ docId, index, resolution }, context) {
      context.requireSession();
      await context.sync.settle(docId, index, resolution);
      return context.sync.conflicts();
    },
  }),
};
