import { addDaysTo } from '../../actions';
import { WEEK_DAYS } from './item';

/** The days of the coming week, first and last included. */
export interface WeekWindow {
  today: string;
  last: string;
}

export function weekFrom(today: string): WeekWindow {
  return { today, last: addDaysTo(today, WEEK_DAYS - 1) };
}

export function inWeek(day: string, week: WeekWindow): boolean {
  return day >= week.today && day <= week.last;
}
