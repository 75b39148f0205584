import classes from './stakeholders.module.css';

/**
 * A selection tick for the list, drawn like Mantine's Checkbox (same size, corners, colours, tick
 * and focus ring) by one plain input and the list's stylesheet: the list draws one per row as the
 * person types, and Mantine's Checkbox costs several components, elements and style lookups each.
 */
export function SelectCheckbox({
  label,
  checked,
  indeterminate = false,
  onChange,
}: {
  label: string;
  checked: boolean;
  /** Some but not all: drawn as a dash, and announced as "mixed". */
  indeterminate?: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <input
      type="checkbox"
      className={`mantine-focus-auto ${classes.checkbox}`}
      aria-label={label}
      checked={checked}
      data-indeterminate={indeterminate || undefined}
      ref={(input) => {
        if (input) input.indeterminate = indeterminate;
      }}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
  );
}
