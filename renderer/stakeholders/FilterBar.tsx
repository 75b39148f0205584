import { Button, CloseButton, Group, MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { Sector } from '../../src/model/sector';
import { EngagementStage, ProgramRole } from '../../src/model/stakeholder';
import { activeFilterCount, NO_FILTER, type StakeholderFilter } from '../../src/stakeholders/filter';

/** Search as you type, and the four filters, above the list. */
export function FilterBar({
  filter,
  onChange,
}: {
  filter: StakeholderFilter;
  onChange: (next: StakeholderFilter) => void;
}) {
  const set = <K extends keyof StakeholderFilter>(key: K, value: StakeholderFilter[K]) =>
    onChange({ ...filter, [key]: value });
  const active = activeFilterCount(filter);
  return (
    <Group align="flex-end" gap="sm" wrap="nowrap" mb="sm">
      <SimpleGrid cols={{ base: 2, md: 3, lg: 5 }} spacing="sm" style={{ flex: 1 }}>
        <TextInput
          label="Search"
          placeholder="Name, agency, tag, note"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={filter.text}
          onChange={(event) => set('text', event.currentTarget.value)}
          rightSection={
            filter.text ? <CloseButton size="sm" aria-label="Clear search" onClick={() => set('text', '')} /> : null
          }
        />
        <MultiSelect
          label="Sector"
          placeholder={filter.sectors.length ? undefined : 'Any sector'}
          data={Sector.choices}
          value={filter.sectors}
          onChange={(value) => set('sectors', value as StakeholderFilter['sectors'])}
          clearable
          clearButtonProps={{ 'aria-label': 'Clear sector filter' }}
          maxDropdownHeight={320}
        />
        <MultiSelect
          label="Stage"
          placeholder={filter.stages.length ? undefined : 'Any stage'}
          data={EngagementStage.choices}
          value={filter.stages}
          onChange={(value) => set('stages', value as StakeholderFilter['stages'])}
          clearable
          clearButtonProps={{ 'aria-label': 'Clear stage filter' }}
        />
        <MultiSelect
          label="Role"
          placeholder={filter.roles.length ? undefined : 'Any role'}
          data={ProgramRole.choices}
          value={filter.roles}
          onChange={(value) => set('roles', value as StakeholderFilter['roles'])}
          clearable
          clearButtonProps={{ 'aria-label': 'Clear role filter' }}
        />
        <Select
          label="Lived experience"
          data={[
            { value: 'any', label: 'Anyone' },
            { value: 'yes', label: 'With lived experience' },
            { value: 'no', label: 'Without' },
          ]}
          value={filter.livedExperience}
          onChange={(value) => set('livedExperience', (value ?? 'any') as StakeholderFilter['livedExperience'])}
          allowDeselect={false}
        />
      </SimpleGrid>
      {active > 0 || filter.text ? (
        <Button variant="subtle" onClick={() => onChange({ ...NO_FILTER, sort: filter.sort })}>
          Clear filters{active ? ` (${active})` : ''}
        </Button>
      ) : null}
    </Group>
  );
}
