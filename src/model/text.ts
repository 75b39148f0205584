import { z } from 'zod';

/**
 * Text rules shared by every entity.
 *
 * Names and titles are single lines: a control character in one is almost always a paste
 * accident, so it is refused with a message rather than stored. Long text (notes, summaries)
 * keeps line breaks and tabs; other control characters are removed on the way in, because Word
 * refuses a document that contains them and the user could never see them anyway.
 */

// C0 controls, DEL and C1 controls.
// eslint-disable-next-line no-control-regex -- finding control characters is the purpose
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// Everything in CONTROL except tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex -- finding control characters is the purpose
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export const LIMITS = {
  name: 200,
  title: 300,
  shortText: 2_000,
  longText: 20_000,
} as const;

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_EXCEPT_LINES, '');
}

/** A required single-line name: trimmed, not empty, no control characters. */
export function requiredLine(label: string, max: number = LIMITS.name) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} can be at most ${max.toLocaleString('en-US')} characters.` })
    .refine((value) => !CONTROL.test(value), {
      error: `${label} contains an invisible control character. Retype it without pasting.`,
    });
}

/** An optional single-line value; empty means "not given". */
export function optionalLine(label: string, max: number = LIMITS.name) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} can be at most ${max.toLocaleString('en-US')} characters.` })
    .refine((value) => !CONTROL.test(value), {
      error: `${label} contains an invisible control character. Retype it without pasting.`,
    })
    .default('');
}

/** Multi-line text such as notes; stray control characters are removed, not refused. */
export function longText(label: string, max: number = LIMITS.longText) {
  return z
    .string({ error: `${label} must be text.` })
    .max(max, {
      error: `${label} is too long: at most ${max.toLocaleString('en-US')} characters. Split it or attach a document instead.`,
    })
    .transform(stripControlCharacters)
    .default('');
}
