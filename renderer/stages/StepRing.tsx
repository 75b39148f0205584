import { RingProgress, Text } from '@mantine/core';
import type { StepProgress } from '../../src/stages/progress';

/** How much of a step is done, as a ring with the percentage inside: teal once it is complete. */
export function StepRing({
  step,
  size,
  thickness,
  textSize,
}: {
  step: StepProgress;
  size: number;
  thickness: number;
  textSize: 'lg' | 'xl';
}) {
  return (
    <RingProgress
      size={size}
      thickness={thickness}
      roundCaps={step.percent > 0}
      sections={[{ value: step.percent, color: step.complete ? 'teal' : 'harbor' }]}
      label={
        <Text ta="center" fw={700} size={textSize}>
          {step.percent}%
        </Text>
      }
      aria-label={`${step.short}: ${step.percent}% done`}
    />
  );
}
