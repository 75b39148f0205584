import { Badge, Checkbox, Group, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconHeartHandshake, IconSelector } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { shortSectorLabel } from '../../src/stakeholders/coverage';
import type { Stakeholder } from '../../src/model/stakeholder';
import type { SortKey, StakeholderSort } from '../../src/stakeholders/filter';
import { bringsLivedExperience, sectorOf } from '../../src/stakeholders/sectorOf';
import type { Lookups } from './lookups';
import { readableBadge, StageBadge } from './StageBadge';
import classes from './stakeholders.module.css';

const ROW_HEIGHT = 52;

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
 */
/**
 * Memoized: typing in the search box re-renders the page at once, but the table only needs to
 * redraw when the filtered rows (computed a moment later) or the selection change.
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
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const allShownSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const someShownSelected = !allShownSelected && rows.some((r) => selected.has(r.id));

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    const Icon = active ? (sort.direction === 'asc' ? IconChevronUp : IconChevronDown) : IconSelector;
    return (
      <th aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} className={classes.th}>
        <UnstyledButton
          className={classes.sortButton}
          onClick={() => onSort({ key, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
        >
          <Group gap={4} wrap="nowrap">
            <span>{label}</span>
            <Icon size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </th>
    );
  };

  return (
    <div ref={scroller} className={classes.scroller} data-testid="stakeholder-scroller">
      <table className={classes.table} aria-label="Stakeholders" aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th className={classes.checkCell}>
              <Checkbox
                aria-label={allShownSelected ? 'Unselect everyone shown' : 'Select everyone shown'}
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
            {header('name', 'Name')}
            {header('organization', 'Organization')}
            {header('sector', 'Sector')}
            {header('stage', 'Stage')}
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
            const organization = lookups.organizationName(person.organizationId);
            const isSelected = selected.has(person.id);
            return (
              <tr
                key={person.id}
                aria-rowindex={item.index + 2}
                aria-selected={isSelected}
                className={classes.row}
                data-selected={isSelected || undefined}
                style={{ height: ROW_HEIGHT }}
                onClick={(event) => {
                  if ((event.target as HTMLElement).closest('input,button,a')) return;
                  onOpen(person.id);
                }}
              >
                <td className={classes.checkCell}>
                  <Checkbox
                    aria-label={`Select ${person.name}`}
                    checked={isSelected}
                    onChange={(e) => onSelect([person.id], e.currentTarget.checked)}
                  />
                </td>
                <td>
                  <Group gap={6} wrap="nowrap">
                    <UnstyledButton className={classes.nameButton} onClick={() => onOpen(person.id)}>
                      {person.name}
                    </UnstyledButton>
                    {bringsLivedExperience(person) ? (
                      <Tooltip label="Brings lived experience">
                        <IconHeartHandshake
                          size={16}
                          aria-label="Brings lived experience"
                          className={classes.livedIcon}
                        />
                      </Tooltip>
                    ) : null}
                  </Group>
                  {person.title ? (
                    <Text size="xs" c="dimmed" truncate>
                      {person.title}
                    </Text>
                  ) : null}
                </td>
                <td>
                  <Text size="sm" truncate>
                    {organization || <span className={classes.blank}>—</span>}
                  </Text>
                </td>
                <td>
                  <Text size="sm" truncate>
                    {shortSectorLabel(sectorOf(person, lookups.organizations))}
                  </Text>
                </td>
                <td>
                  <StageBadge stage={person.stage} />
                </td>
                <td>
                  <Group gap={4} wrap="nowrap" className={classes.tags}>
                    {person.tags.slice(0, 3).map((tag) => (
                      <Badge
                        key={tag}
                        variant="outline"
                        color="gray"
                        size="sm"
                        radius="sm"
                        style={readableBadge('gray')}
                      >
                        {tag}
                      </Badge>
                    ))}
                    {person.tags.length > 3 ? (
                      <Text size="xs" c="dimmed">
                        +{person.tags.length - 3}
                      </Text>
                    ) : null}
                  </Group>
                </td>
              </tr>
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
