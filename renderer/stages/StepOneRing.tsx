import { RingProgress, Text } from '@mantine/core';
import type { ProgramProgress } from '../../src/stages/progress';

/** How much of Step One is done, as a ring with the percentage inside: teal once it is complete. */
export function StepOneRing({
  stepOne,
  size,
  thickness,
  textSize,
}: {
  stepOne: ProgramProgress['stepOne'];
  size: number;
  thickness: number;
  textSize: 'lg' | 'xl';
}) {
  return (
    <RingProgress
      size={size}
      thickness={thickness}
      roundCaps={stepOne.percent > 0}
      sections={[{ value: stepOne.percent, color: stepOne.complete ? 'teal' : 'harbor' }]}
      label={
        <Text ta="center" fw={700} size={textSize}>
          {stepOne.percent}%
        </Text>
      }
      aria-label={`Step One: ${stepOne.percent}% done`}
    />
  );
}
