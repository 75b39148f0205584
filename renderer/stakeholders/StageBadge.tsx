import { Badge } from '@mantine/core';
import { EngagementStage } from '../../src/model/stakeholder';

/** Colours along the path from first named to the steering committee; grey for those who stepped away. */
const COLORS: Record<EngagementStage, string> = {
  identified: 'gray',
  contacted: 'blue',
  'in-conversation': 'cyan',
  committed: 'teal',
  'steering-committee': 'green',
  declined: 'red',
  inactive: 'dark',
};

export function StageBadge({ stage, size = 'sm' }: { stage: EngagementStage; size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Badge color={COLORS[stage]} variant="light" size={size} radius="sm" style={readableBadge(COLORS[stage])}>
      {EngagementStage.labelOf(stage)}
    </Badge>
  );
}

/**
 * Mantine's light badges print their text in the middle shade, too faint to read at badge size
 * (about 3:1). The darkest shade in light mode and a pale one in dark mode read at 4.5:1 or better.
 */
export function readableBadge(color: string) {
  return {
    textTransform: 'none' as const,
    color: `light-dark(var(--mantine-color-${color}-9), var(--mantine-color-${color}-2))`,
  };
}
