import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

/**
 * The shell of every dialog that saves one form: the title (which is also the dialog's
 * accessible name), the fields, and Cancel beside the save button. Pair it with useCommandForm:
 *
 *   <FormDialog
 *     opened={opened}
 *     onClose={onClose}
 *     title={item ? 'Edit item' : 'New item'}
 *     onSubmit={submit}
 *     submitting={submitting}
 *     saveLabel={item ? 'Save item' : 'Add item'}
 *   >
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
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  size?: ModalProps['size'];
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  submitting: boolean;
  /** The save button's words; browser tests find the button by them, so keep each dialog's own. */
  saveLabel: string;
  children: ReactNode;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {children}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              {saveLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
