import { Button, CloseButton, Group, MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { memo, type Dispatch, type SetStateAction } from 'react';
import { Sector } from '../../src/model/sector';
import { EngagementStage, ProgramRole } from '../../src/stakeholders/model/stakeholder';
import { activeFilterCount, NO_FILTER, type StakeholderFilter } from '../../src/stakeholders/filter';
import { useStakeholderFilter } from './filterState';

type OnChange = Dispatch<SetStateAction<StakeholderFilter>>;
type Filters = Pick<StakeholderFilter, 'sectors' | 'stages' | 'roles' | 'livedExperience'>;

/**
 * Search as you type, and the four filters, above the list. The bar is memoized and is given the
 * filters but not the search text (only whether there is one): the search box reads the text
 * itself, so a keystroke redraws the box alone.
 */
export const FilterBar = memo(function FilterBar({
  searching,
  onChange,
  ...filters
}: Filters & { searching: boolean; onChange: OnChange }) {
  const active = activeFilterCount(filters);
  return (
    <Group align="flex-end" gap="sm" wrap="nowrap" mb="sm">
      <SimpleGrid cols={{ base: 2, md: 3, lg: 5 }} spacing="sm" style={{ flex: 1 }}>
        <SearchBox />
        <Pickers {...filters} onChange={onChange} />
      </SimpleGrid>
      {active > 0 || searching ? (
        <Button variant="subtle" onClick={() => onChange((current) => ({ ...NO_FILTER, sort: current.sort }))}>
          Clear filters{active ? ` (${active})` : ''}
        </Button>
      ) : null}
    </Group>
  );
});

/** The three filters on several values of one field, in the order they stand in the bar. */
const CHOICE_PICKERS: Array<{
  field: 'sectors' | 'stages' | 'roles';
  label: string;
  noun: string;
  choices: Array<{ value: string; label: string }>;
  maxDropdownHeight?: number;
}> = [
  { field: 'sectors', label: 'Sector', noun: 'sector', choices: Sector.choices, maxDropdownHeight: 320 },
  { field: 'stages', label: 'Stage', noun: 'stage', choices: EngagementStage.choices },
  { field: 'roles', label: 'Role', noun: 'role', choices: ProgramRole.choices },
];

/**
 * The four pickers. Memoized as well, as the bar redraws when a search starts or ends (for its
 * "Clear filters" button), and the pickers' option lists are the costly part of it.
 */
const Pickers = memo(function Pickers({ livedExperience, onChange, ...filters }: Filters & { onChange: OnChange }) {
  const set = <K extends keyof StakeholderFilter>(key: K, value: StakeholderFilter[K]) =>
    onChange((current) => ({ ...current, [key]: value }));
  return (
    <>
      {CHOICE_PICKERS.map(({ field, ...picker }) => (
        <ChoicePicker
          key={field}
          {...picker}
          value={filters[field]}
          onChange={(value) => set(field, value as Filters[typeof field])}
        />
      ))}
      <Select
        label="Lived experience"
        data={[
          { value: 'any', label: 'Anyone' },
          { value: 'yes', label: 'With lived experience' },
          { value: 'no', label: 'Without' },
        ]}
        value={livedExperience}
        onChange={(value) => set('livedExperience', (value ?? 'any') as StakeholderFilter['livedExperience'])}
        allowDeselect={false}
      />
    </>
  );
});

/** A filter on several values of one field: "Any sector" until some are picked. */
function ChoicePicker({
  label,
  noun,
  choices,
  value,
  onChange,
  maxDropdownHeight,
}: {
  label: string;
  noun: string;
  choices: Array<{ value: string; label: string }>;
  value: string[];
  onChange: (value: string[]) => void;
  maxDropdownHeight?: number;
}) {
  return (
    <MultiSelect
      label={label}
      placeholder={value.length ? undefined : `Any ${noun}`}
      data={choices}
      value={value}
      onChange={onChange}
      clearable
      clearButtonProps={{ 'aria-label': `Clear ${noun} filter` }}
      maxDropdownHeight={maxDropdownHeight}
    />
  );
}

/** The search box. It reads the text from the list's filter state itself (see FilterBar). */
function SearchBox() {
  const { filter, setFilter } = useStakeholderFilter();
  const setText = (text: string) => setFilter((current) => ({ ...current, text }));
  return (
    <TextInput
      label="Search"
      placeholder="Name, agency, tag, note"
      leftSection={<IconSearch size={16} aria-hidden />}
      value={filter.text}
      onChange={(event) => setText(event.currentTarget.value)}
      rightSection={
        filter.text ? <CloseButton size="sm" aria-label="Clear search" onClick={() => setText('')} /> : null
      }
    />
  );
}
