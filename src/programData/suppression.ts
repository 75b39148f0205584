import type { Audience } from '../stakeholders';
import type { Share } from './shares';

/**
 * Small-number suppression. In anything that leaves the committee, a count from 1 to 4 could let
 * a reader who knows the town work out who was in crisis, so it is shown as "fewer than 5". Zero
 * and 5 or more are shown. A share is withheld when any number it is made of is suppressed, or
 * when what it leaves over is: 50 calls with 48 diverted tells the reader that 2 were arrested.
 */
export const SMALL_NUMBER_LIMIT = 5;
export const SUPPRESSED_TEXT = 'fewer than 5';
export const WITHHELD_SHARE_TEXT = 'not shown (small numbers)';

export function isSmallNumber(value: number): boolean {
  return value > 0 && value < SMALL_NUMBER_LIMIT;
}

/** What a count may show for an audience: the number, or null when it must be suppressed. */
export function shownValue(
  value: number | null,
  audience: Audience,
  unit: 'count' | 'hours' = 'count',
): number | 'suppressed' | null {
  if (value === null) return null;
  // Hours describe officers' time, not people; they are never suppressed.
  if (audience === 'shared' && unit === 'count' && isSmallNumber(value)) return 'suppressed';
  return value;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A count as a reader sees it: "12", "0", "fewer than 5", or "not reported". */
export function countText(value: number | null, audience: Audience, unit: 'count' | 'hours' = 'count'): string {
  const shown = shownValue(value, audience, unit);
  if (shown === null) return 'not reported';
  if (shown === 'suppressed') return SUPPRESSED_TEXT;
  return numberFormat.format(shown);
}

/** Whether a share may be shown for the audience, given the counts it is made of. */
export function mayShowShare(share: Pick<Share, 'part' | 'calls'>, audience: Audience): boolean {
  if (audience === 'coalition') return true;
  const remainder = share.calls - share.part;
  return !isSmallNumber(share.calls) && !isSmallNumber(share.part) && !isSmallNumber(remainder);
}

/** The share after suppression: null when it must not be shown (or has nothing to show). */
export function shownShare(share: Share, audience: Audience): number | null {
  return share.share !== null && mayShowShare(share, audience) ? share.share : null;
}

export function shareText(share: Share, audience: Audience): string {
  if (share.share === null) return 'not reported';
  if (!mayShowShare(share, audience)) return WITHHELD_SHARE_TEXT;
  return `${Math.round(share.share * 100)}%`;
}
