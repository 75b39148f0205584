import { afterEach, describe, expect, it } from 'vitest';
import { present } from '../support/prerequisites';

/** A test that needs LibreOffice or a build may step aside on a developer's machine, never in CI. */
describe('a missing prerequisite', () => {
  const saved = process.env.CI;
  afterEach(() => {
    if (saved === undefined) delete process.env.CI;
    else process.env.CI = saved;
  });

  it('fails in CI, naming what is missing and where it comes from', () => {
    process.env.CI = 'true';
    expect(() => present(false, 'LibreOffice (soffice)', '.ci/run installs it')).toThrow(
      'LibreOffice (soffice) is missing, and CI must have it: .ci/run installs it',
    );
    expect(present(true, 'LibreOffice (soffice)', '.ci/run installs it')).toBe(true);
  });

  it('lets the test step aside on a developer machine', () => {
    delete process.env.CI;
    expect(present(false, 'LibreOffice (soffice)', '.ci/run installs it')).toBe(false);
    process.env.CI = 'false';
    expect(present(false, 'LibreOffice (soffice)', '.ci/run installs it')).toBe(false);
  });
});
