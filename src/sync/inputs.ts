import { z } from 'zod';

/**
 * The Sharing screen's forms, checked in the window (messages beside each field) and again in
 * the main process with the same schemas (src/sync/api.ts).
 */
export const Server = z
  .string()
  .trim()
  .min(1, 'Type the server’s address.')
  .max(2000)
  .pipe(
    z.url({
      protocol: /^https?$/,
      error: 'Type the server’s whole address, starting with https:// (for example https://sync.example.org).',
    }),
  );
export const Database = z
  .string()
  .trim()
  .min(1, 'Type the name of the coalition’s space on the server.')
  .max(200)
  .regex(
    /^[a-z][a-z0-9_$()+/-]*$/,
    'That name has letters the server does not take: use small letters, digits and - or _, starting with a letter.',
  );
export const AccountName = z.string().trim().min(1, 'Type your account name on the server.').max(200);
export const Password = z.string().min(1, 'Type your password for the server.').max(1000);
export const Passphrase = z.string().min(8, 'The coalition passphrase has at least 8 characters.').max(1000);

export const ConnectSyncInput = z.strictObject({
  server: Server,
  database: Database,
  account: AccountName,
  password: Password,
  passphrase: Passphrase,
});
export type ConnectSyncInput = z.input<typeof ConnectSyncInput>;

export const JoinSyncInput = z.strictObject({
  invitation: z.string().trim().min(1, 'Paste the invitation, or open its file.').max(20_000),
  account: AccountName,
  password: Password,
  passphrase: Passphrase,
});
export type JoinSyncInput = z.input<typeof JoinSyncInput>;
