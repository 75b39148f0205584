import { CommandError } from '../errors';

/**
 * A sync action refused, with the reason in words a committee member understands. `reason`
 * lets the screen and the tests tell the cases apart without reading the sentence.
 */
export type RefusalReason =
  | 'password'
  | 'unknown-server'
  | 'no-database'
  | 'other-coalition'
  | 'passphrase'
  | 'not-a-coalition'
  | 'invitation'
  | 'unreadable'
  | 'not-connected';

export class SyncRefusal extends CommandError {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'SyncRefusal';
  }
}

export const PASSWORD_REFUSED = 'the password was refused';
