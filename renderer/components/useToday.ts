import { useMemo } from 'react';
import { dayInZone } from '../../src/model/calendarDay';
import { useCoalition } from '../workspace/WorkspaceProvider';

/** The coalition's today (in its time zone), for the derived views on these screens. */
export function useToday(): string {
  const coalition = useCoalition();
  // Recomputed with the document; a screen left open past midnight catches up on the next change.
  return useMemo(() => dayInZone(new Date(), coalition.timeZone), [coalition]);
}
