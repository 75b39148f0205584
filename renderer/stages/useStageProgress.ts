import { useMemo } from 'react';
import { dayInZone } from '../../src/model/calendarDay';
import { computeProgress, type ProgramProgress } from '../../src/stages/progress';
import { useDoc } from '../workspace/WorkspaceProvider';

/** The coalition's today, in its own time zone. */
export function useCoalitionToday(): string {
  const { coalition } = useDoc();
  // Recomputed with the document; a screen left open past midnight catches up on the next change.
  return useMemo(() => dayInZone(new Date(), coalition.timeZone), [coalition]);
}

/** The checklist's progress for the screen: worked out by the domain, named in full for the coalition. */
export function useStageProgress(): ProgramProgress {
  const doc = useDoc();
  const today = useCoalitionToday();
  return useMemo(() => computeProgress(doc, { today, audience: 'coalition' }), [doc, today]);
}
