import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

/**
 * A search box above a list ("Find a policy by title"): the magnifier, no visible label (the name
 * is given to assistive technology), and the text as it is typed.
 */
export function SearchInput({
  label,
  placeholder,
  value,
  onChange,
  w,
}: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (text: string) => void;
  w: number;
}) {
  return (
    <TextInput
      aria-label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} />}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      w={w}
    />
  );
}
