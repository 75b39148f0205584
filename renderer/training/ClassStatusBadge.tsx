import { Badge } from '@mantine/core';
import { isHeld } from '../../src/training/held';
import type { TrainingClass } from '../../src/training/model';

const LOOK = {
  cancelled: { color: 'gray', label: 'Cancelled' },
  held: { color: 'teal', label: 'Held' },
  planned: { color: 'blue', label: 'Planned' },
} as const;

/** Whether a class was held, is planned or was cancelled, with a coloured dot (full-contrast text). */
export function ClassStatusBadge({
  trainingClass,
  today,
  inline = false,
}: {
  trainingClass: TrainingClass;
  today: string;
  inline?: boolean;
}) {
  const look = trainingClass.cancelled ? LOOK.cancelled : isHeld(trainingClass, today) ? LOOK.held : LOOK.planned;
  return (
    <Badge component={inline ? 'span' : 'div'} color={look.color} variant="dot" radius="sm" tt="none" fw={600}>
      {look.label}
    </Badge>
  );
}
