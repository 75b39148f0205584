import { Button } from '@mantine/core';
import type { ComponentProps } from 'react';
import { Link } from 'wouter';
import { EmptyArea } from './EmptyArea';

/**
 * A page whose record (or address) is not there, say deleted in another window: says so, with
 * one button back to where the person can go on ("/": the area's list, or the dashboard).
 */
export function NotFound({
  back,
  ...area
}: Omit<ComponentProps<typeof EmptyArea>, 'children'> & {
  /** The button's words, "Back to all policies". */
  back: string;
}) {
  return (
    <EmptyArea {...area}>
      <Button component={Link} href="/" variant="light">
        {back}
      </Button>
    </EmptyArea>
  );
}
