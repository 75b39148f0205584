import { Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import type { Stakeholder } from '../../src/stakeholders/model/stakeholder';
import type { SortKey, StakeholderSort } from '../../src/stakeholders/filter';
import type { Lookups } from './lookups';
import { SelectCheckbox } from './SelectCheckbox';
import { ROW_HEIGHT, StakeholderRow } from './StakeholderRow';
import classes from './stakeholders.module.css';

/**
 * Rows drawn beyond each edge of the visible part: enough to cover a notch of the mouse wheel
 * (about 100 px) while the next rows are drawn, few enough that a keystroke draws little more
 * than what is seen (each row drawn costs the keystroke more than a millisecond).
 */
const OVERSCAN = 2;

interface Props {
  rows: Stakeholder[];
  total: number;
  lookups: Lookups;
  sort: StakeholderSort;
  onSort: (sort: StakeholderSort) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onOpen: (id: string) => void;
}

/**
 * The list itself: a real table (screen readers announce its columns and row count) whose rows
 * are drawn only where they are visible, so ten thousand people scroll as smoothly as ten.
 * Memoized: it redraws only when the filtered rows, the sort or the selection change, not when
 * the page around it does (a dialog opening, say).
 */
export const StakeholderTable = memo(function StakeholderTable({
  rows,
  total,
  lookups,
  sort,
  onSort,
  selected,
  onSelect,
  onOpen,
}: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const allShownSelected = selected.size > 0 && rows.length > 0 && rows.every((r) => selected.has(r.id));
  const someShownSelected = selected.size > 0 && !allShownSelected && rows.some((r) => selected.has(r.id));

  return (
    <div ref={scroller} className={classes.scroller} data-testid="stakeholder-scroller">
      <table className={classes.table} aria-label="Stakeholders" aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th className={classes.checkCell}>
              <SelectCheckbox
                label={allShownSelected ? 'Unselect everyone shown' : 'Select everyone shown'}
                checked={allShownSelected}
                indeterminate={someShownSelected}
                onChange={() =>
                  onSelect(
                    rows.map((r) => r.id),
                    !allShownSelected,
                  )
                }
              />
            </th>
            <SortableHeader column="name" label="Name" sort={sort} onSort={onSort} />
            <SortableHeader column="organization" label="Organization" sort={sort} onSort={onSort} />
            <SortableHeader column="sector" label="Sector" sort={sort} onSort={onSort} />
            <SortableHeader column="stage" label="Stage" sort={sort} onSort={onSort} />
            <th className={classes.th}>Tags</th>
          </tr>
        </thead>
        <tbody>
          {before > 0 ? (
            <tr aria-hidden style={{ height: before }}>
              <td colSpan={6} />
            </tr>
          ) : null}
          {items.map((item) => {
            const person = rows[item.index]!;
            return (
              <StakeholderRow
                key={person.id}
                person={person}
                rowIndex={item.index + 2}
                selected={selected.has(person.id)}
                lookups={lookups}
                onSelect={onSelect}
                onOpen={onOpen}
              />
            );
          })}
          {after > 0 ? (
            <tr aria-hidden style={{ height: after }}>
              <td colSpan={6} />
            </tr>
          ) : null}
        </tbody>
      </table>
      {rows.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          {total === 0
            ? 'No one is on the list yet.'
            : 'No one matches these filters. Clear a filter or search for something else.'}
        </Text>
      ) : null}
    </div>
  );
});

/** A column heading that sorts by its column; memoized, as the sort rarely changes while typing. */
const SortableHeader = memo(function SortableHeader({
  column,
  label,
  sort,
  onSort,
}: {
  column: SortKey;
  label: string;
  sort: StakeholderSort;
  onSort: (sort: StakeholderSort) => void;
}) {
  const active = sort.key === column;
  const Icon = active ? (sort.direction === 'asc' ? IconChevronUp : IconChevronDown) : IconSelector;
  return (
    <th aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} className={classes.th}>
      <UnstyledButton
        className={classes.sortButton}
        onClick={() => onSort({ key: column, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
      >
        <span>{label}</span>
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    </th>
  );
});
