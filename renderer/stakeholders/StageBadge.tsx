import { Badge } from '@mantine/core';
import type { CSSProperties } from 'react';
import { EngagementStage } from '../../src/stakeholders/model/stakeholder';
import classes from './stakeholders.module.css';

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

/** Each stage's colours, made once: Mantine's light variant with the readable text colour below. */
const PLAIN_STYLES = Object.fromEntries(
  EngagementStage.options.map((stage) => [
    stage,
    { background: `var(--mantine-color-${COLORS[stage]}-light)`, ...readableBadge(COLORS[stage]) },
  ]),
) as Record<EngagementStage, CSSProperties>;

/**
 * The same small badge as a plain element styled by the stakeholders stylesheet, for the list,
 * which draws one per row as the person types (Mantine's Badge resolves its styles on every render).
 */
export function PlainStageBadge({ stage }: { stage: EngagementStage }) {
  return (
    <span className={classes.badge} style={PLAIN_STYLES[stage]}>
      {EngagementStage.labelOf(stage)}
    </span>
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
