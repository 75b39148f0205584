import { Group, Text } from '@mantine/core';
import { useCallback, useDeferredValue, useMemo, useRef } from 'react';
import { filterStakeholders, type StakeholderFilter } from '../../src/stakeholders/filter';
import { useDoc } from '../workspace/WorkspaceProvider';
import { BulkActions } from './BulkActions';
import { FilterBar } from './FilterBar';
import type { Lookups } from './lookups';
import { StakeholderTable } from './StakeholderTable';

interface Props {
  lookups: Lookups;
  filter: StakeholderFilter;
  onFilter: (filter: StakeholderFilter) => void;
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
  filter,
  onFilter,
  selected,
  onSelect,
  onClearSelection,
  onOpen,
  onDelete,
  onExportCsv,
}: Props) {
  const doc = useDoc();
  // Typing stays responsive even on a slow laptop: the list catches up a moment later if it must.
  const deferred = useDeferredValue(filter);
  const rows = useMemo(
    () => filterStakeholders(doc.stakeholders, lookups.organizations, deferred),
    [doc.stakeholders, lookups.organizations, deferred],
  );
  // Selection only counts people still in the workspace (a deleted person drops out of it).
  const selectedIds = useMemo(() => [...selected].filter((id) => lookups.people.has(id)), [selected, lookups.people]);
  const total = doc.stakeholders.length;
  // A stable sort handler, so the memoized table is not redrawn on every keystroke.
  const latestFilter = useRef(filter);
  latestFilter.current = filter;
  const onSort = useCallback(
    (sort: StakeholderFilter['sort']) => onFilter({ ...latestFilter.current, sort }),
    [onFilter],
  );

  return (
    <>
      <FilterBar filter={filter} onChange={onFilter} />
      {selectedIds.length > 0 ? (
        <BulkActions
          ids={selectedIds}
          onClear={onClearSelection}
          onDelete={() => onDelete(selectedIds)}
          onExportCsv={() => onExportCsv(selectedIds)}
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
        sort={deferred.sort}
        onSort={onSort}
        selected={selected}
        onSelect={onSelect}
        onOpen={onOpen}
      />
    </>
  );
}
