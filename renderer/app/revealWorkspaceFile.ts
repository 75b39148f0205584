import { notifications } from '@mantine/notifications';
import { call } from '../api/client';

/** Shows the coalition's file in the computer's file manager (from Settings and the header menu). */
export async function revealWorkspaceFile(): Promise<void> {
  try {
    await call('revealWorkspaceInFolder');
  } catch (error) {
    notifications.show({ color: 'red', message: (error as Error).message });
  }
}
