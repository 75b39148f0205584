import { ActionIcon, Button, Menu } from '@mantine/core';
import { IconDots, IconEdit, IconPencil, IconTrash } from '@tabler/icons-react';

/** The two ways a record offers Edit and Delete: a row's icons, and a record page's button and menu. */
interface EditDeleteProps {
  onEdit: () => void;
  onDelete: () => void;
}

/** A row's pencil and red bin, named for the row (`Edit ${name}`) so each row's can be told apart. */
export function EditDeleteIcons({ name, onEdit, onDelete }: EditDeleteProps & { name: string }) {
  return (
    <>
      <ActionIcon variant="subtle" aria-label={`Edit ${name}`} onClick={onEdit}>
        <IconEdit size={16} />
      </ActionIcon>
      <ActionIcon variant="subtle" color="red" aria-label={`Delete ${name}`} onClick={onDelete}>
        <IconTrash size={16} />
      </ActionIcon>
    </>
  );
}

/**
 * A record page's Edit button and its "More for this …" menu holding Delete: deleting is kept
 * one click further away than editing. `noun` names the record in both labels ("policy").
 */
export function EditAndDeleteMenu({ noun, onEdit, onDelete }: EditDeleteProps & { noun: string }) {
  return (
    <>
      <Button variant="default" leftSection={<IconPencil size={18} />} onClick={onEdit}>
        Edit
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" px={10} aria-label={`More for this ${noun}`}>
            <IconDots size={18} />
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
            Delete {noun}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
