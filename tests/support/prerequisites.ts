/**
 * Some tests need something a developer's machine may lack (LibreOffice, a built renderer,
 * Chromium). On a developer's machine such a test may step aside; in CI (`CI` set, as `.ci/run`
 * is run) a missing prerequisite is an error, because a check that quietly stepped aside there
 * would prove nothing and still count as passed.
 */
export function inCI(): boolean {
  const value = (process.env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

/**
 * Says whether a prerequisite is here; in CI, throws when it is not, naming what is missing and
 * where it should have come from.
 */
export function present(available: boolean, what: string, howToGet: string): boolean {
  if (available) return true;
  if (inCI()) throw new Error(`${what} is missing, and CI must have it: ${howToGet}`);
  return false;
}
