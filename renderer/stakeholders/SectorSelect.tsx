import { Select, type SelectProps } from '@mantine/core';
import { Sector } from '../../src/model/sector';

/** The sector of a person or an organization: always one of them, in a list tall enough to see most. */
export function SectorSelect(props: Omit<SelectProps, 'data' | 'label'>) {
  return <Select label="Sector" data={Sector.choices} allowDeselect={false} maxDropdownHeight={320} {...props} />;
}
