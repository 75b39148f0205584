import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';

/** The button that starts a new record ("New policy"): the plus, and the area's own words. */
export function AddButton({ onClick, children }: { onClick: () => void; children: string }) {
  return (
    <Button leftSection={<IconPlus size={18} />} onClick={onClick}>
      {children}
    </Button>
  );
}
