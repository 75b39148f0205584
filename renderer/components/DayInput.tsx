import { DateInput, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';

/**
 * A calendar day, shown as people write it ("3 Feb 2025") and kept as YYYY-MM-DD, the form the
 * workspace stores. Typing works too: 2025-02-03, 2/3/2025 and "Feb 3, 2025" are all understood.
 */
export function DayInput(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  const name = typeof props.label === 'string' ? props.label : 'date';
  return (
    <DateInput
      valueFormat="D MMM YYYY"
      dateParser={parseDay}
      placeholder="Pick or type a date"
      popoverProps={{ withinPortal: true }}
      clearButtonProps={{ 'aria-label': `Clear ${name.toLowerCase()}` }}
      // The calendar's arrow buttons are icons only; screen readers need their names.
      ariaLabels={CALENDAR_LABELS}
      // Mantine paints weekends light red, too faint to read; coalition work happens any day.
      weekendDays={[]}
      {...props}
    />
  );
}

const CALENDAR_LABELS = {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousYear: 'Previous year',
  nextYear: 'Next year',
  previousDecade: 'Previous decade',
  nextDecade: 'Next decade',
};

function parseDay(text: string): string | null {
  const value = text.trim();
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = dayjs(value);
    return day.isValid() && day.format('YYYY-MM-DD') === value ? value : null;
  }
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : dayjs(parsed).format('YYYY-MM-DD');
}
