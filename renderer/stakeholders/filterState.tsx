import {
  createContext,
  useContext,
  useMemo,
  useState,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from 'react';
import { NO_FILTER, type StakeholderFilter } from '../../src/stakeholders/filter';

interface FilterState {
  filter: StakeholderFilter;
  setFilter: Dispatch<SetStateAction<StakeholderFilter>>;
}

const FilterContext = createContext<FilterState | null>(null);

/**
 * The people list's search, filters and sort. They sit above the tabs, so they are still there
 * after a look at the coalition map, and in a context of their own, so a keystroke in the search
 * box re-renders only what reads them (the list), not the page with its header, tabs, drawer and
 * dialogs: the page passes everything else in as children, which React then leaves alone.
 */
export function StakeholderFilterProvider({ children }: { children: ReactNode }) {
  const [filter, setFilter] = useState<StakeholderFilter>(NO_FILTER);
  const state = useMemo(() => ({ filter, setFilter }), [filter]);
  return <FilterContext.Provider value={state}>{children}</FilterContext.Provider>;
}

export function useStakeholderFilter(): FilterState {
  const state = useContext(FilterContext);
  if (!state) throw new Error('useStakeholderFilter must be used inside StakeholderFilterProvider.');
  return state;
}
