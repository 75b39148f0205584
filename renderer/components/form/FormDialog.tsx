import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import type { DialogBinding } from './useCommandForm';

/** What every dialog is given by the page that shows it. */
export interface DialogProps {
  opened: boolean;
  onClose: () => void;
}

/**
 * The shell of every dialog that saves one form: the title (which is also the dialog's
 * accessible name), the fields, and Cancel beside the save button. Pair it with useCommandForm,
 * whose `dialog` brings the opening, closing and submitting:
 *
 *   <FormDialog {...dialog} title={item ? 'Edit item' : 'New item'} saveLabel={item ? 'Save item' : 'Add item'}>
 *     <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
 *   </FormDialog>
 *
 * `noValidate` leaves checking to the form's schema, so its messages are the ones shown.
 */
export function FormDialog({
  opened,
  onClose,
  title,
  size,
  onSubmit,
  submitting,
  saveLabel,
  saveDisabled,
  saveVariant,
  destructive,
  cancelLabel = 'Cancel',
  extraAction,
  children,
}: DialogBinding & {
  title: ReactNode;
  size?: ModalProps['size'];
  /** The save button's words; browser tests find the button by them, so keep each dialog's own. */
  saveLabel: string;
  /** Holds the save back while the form says why it cannot be saved yet (a story too long). */
  saveDisabled?: boolean;
  /** 'default' when saving is the lesser action beside `extraAction`. */
  saveVariant?: 'filled' | 'default';
  /** A deletion: the save button is red, and the safe answer (Cancel) has the focus. */
  destructive?: boolean;
  cancelLabel?: string;
  /** A further button after the save button, for a dialog with a third thing to do. */
  extraAction?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {children}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} data-autofocus={destructive || undefined}>
              {cancelLabel}
            </Button>
            <Button
              type="submit"
              variant={saveVariant}
              color={destructive ? 'red' : undefined}
              loading={submitting}
              disabled={saveDisabled}
            >
              {saveLabel}
            </Button>
            {extraAction}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
