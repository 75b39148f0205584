import { Group, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo } from 'react';
import type { Organization } from '../../src/stakeholders/model/organization';
import type { Stakeholder } from '../../src/stakeholders/model/stakeholder';
import {
  filterStakeholders,
  prepareSearch,
  type StakeholderFilter,
  type StakeholderSort,
} from '../../src/stakeholders/filter';
import { useCollections } from '../workspace/WorkspaceProvider';
import { BulkActions } from './BulkActions';
import { FilterBar } from './FilterBar';
import { useStakeholderFilter } from './filterState';
import type { Lookups } from './lookups';
import { StakeholderTable } from './StakeholderTable';

interface Props {
  lookups: Lookups;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onClearSelection: () => void;
  onOpen: (id: string) => void;
  onDelete: (ids: string[]) => void;
  onExportCsv: (ids: string[]) => void;
}

/** The people tab: search and filters, what is selected, and the list. */
export function StakeholderList({
  lookups,
  selected,
  onSelect,
  onClearSelection,
  onOpen,
  onDelete,
  onExportCsv,
}: Props) {
  const doc = useCollections('stakeholders', 'organizations');
  const { filter, setFilter } = useStakeholderFilter();
  // The list follows each keystroke in the same render as the search box: filtering takes a
  // millisecond or two and only the rows in view are drawn, and rendering it later (with
  // useDeferredValue) would cost the browser a second frame per keystroke.
  const rows = useMemo(
    () => filterStakeholders(doc.stakeholders, lookups.organizations, filter),
    [doc.stakeholders, lookups.organizations, filter],
  );
  // Selection only counts people still in the workspace (a deleted person drops out of it).
  const selectedIds = useMemo(() => [...selected].filter((id) => lookups.people.has(id)), [selected, lookups.people]);
  const total = doc.stakeholders.length;
  usePreparedSearch(doc.stakeholders, lookups.organizations, filter.sort);
  // Stable handlers, so the memoized bulk actions are not redrawn on every keystroke.
  const deleteSelected = useCallback(() => onDelete(selectedIds), [onDelete, selectedIds]);
  const exportSelected = useCallback(() => onExportCsv(selectedIds), [onExportCsv, selectedIds]);
  const onSort = useCallback(
    (sort: StakeholderFilter['sort']) => setFilter((current) => ({ ...current, sort })),
    [setFilter],
  );

  return (
    <>
      <FilterBar
        sectors={filter.sectors}
        stages={filter.stages}
        roles={filter.roles}
        livedExperience={filter.livedExperience}
        searching={filter.text !== ''}
        onChange={setFilter}
      />
      {selectedIds.length > 0 ? (
        <BulkActions
          ids={selectedIds}
          onClear={onClearSelection}
          onDelete={deleteSelected}
          onExportCsv={exportSelected}
        />
      ) : null}
      <Group justify="space-between" mb={6}>
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="stakeholder-count">
          {rows.length === total
            ? `${total.toLocaleString()} ${total === 1 ? 'person' : 'people'}`
            : `Showing ${rows.length.toLocaleString()} of ${total.toLocaleString()} people`}
        </Text>
      </Group>
      <StakeholderTable
        rows={rows}
        total={total}
        lookups={lookups}
        sort={filter.sort}
        onSort={onSort}
        selected={selected}
        onSelect={onSelect}
        onOpen={onOpen}
      />
    </>
  );
}

/**
 * Reads everyone's search text just after the list shows, a few milliseconds at a time (a key
 * pressed meanwhile waits for the step to end), so the first letter typed does not wait for it.
 * Not in idle callbacks: Chromium holds those back while the page loads and while keys are pressed.
 */
function usePreparedSearch(
  stakeholders: readonly Stakeholder[],
  organizations: ReadonlyMap<string, Organization>,
  sort: StakeholderSort,
) {
  useEffect(() => {
    const step = () => {
      const end = performance.now() + 4;
      if (!prepareSearch(stakeholders, organizations, sort, () => performance.now() < end)) timer = setTimeout(step);
    };
    let timer = setTimeout(step);
    return () => clearTimeout(timer);
  }, [stakeholders, organizations, sort]);
}
