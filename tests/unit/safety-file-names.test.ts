import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/api/dispatcher';
import { AppService, safeFileStem } from '../../src/api/service';
import { testPlatform } from '../support/safety/platform';
import { tempDir } from '../support/tempdir';

/**
 * A suggested file name shows what the file is. Direction controls can make "report\u202Excod.exe"
 * read as "reportexe.docx" in a file manager, and invisible characters make two names that look
 * the same differ, so they are taken out of every name the app suggests.
 */
describe('suggested file names hold no bidirectional controls or invisible characters', () => {
  it.each([
    ['Riverside\u202Excod.exe', 'Riversidexcod.exe'],
    ['A\u202AB\u202BC\u202CD\u202DE', 'ABCDE'],
    ['A\u2066B\u2067C\u2068D\u2069E', 'ABCDE'],
    ['Left\u200Eright\u200Fmark\u061C', 'Leftrightmark'],
    ['Zero\u200Bwidth\u200Cjoin\u200D\u2060\uFEFFs', 'Zerowidthjoins'],
    ['Soft\u00ADhyphen', 'Softhyphen'],
    ['Tab\tand\u0085next\u007Fline', 'Tab and next line'],
    ['Line\u2028and\u2029paragraph', 'Line and paragraph'],
    ['\u202E', 'Coalition'],
    ['Riverside County CIT Coalition', 'Riverside County CIT Coalition'],
    ['Comité de Río — 2026 😀', 'Comité de Río — 2026 😀'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a b c d e f g h i j'],
  ])('%j → %j', (name, stem) => {
    expect(safeFileStem(name)).toBe(stem);
  });

  it('suggests a clean name through the app when a workspace is created and when a copy is exported', async () => {
    const dir = await tempDir('cit-names-');
    const platform = testPlatform(dir, { newFile: path.join(dir, 'file.cit.json') });
    const service = new AppService(platform, { defaultTimeZone: 'UTC' });
    try {
      const created = await dispatch(service.handlers, 'createWorkspace', {
        name: 'Riverside\u202Enosj.exe',
        community: 'Riverside County',
      });
      expect(created.ok).toBe(true);
      await dispatch(service.handlers, 'exportShareSafeCopy', {});
      const suggested = platform.asked.filter((a) => a.startsWith('new:') || a.startsWith('export:'));
      expect(suggested).toEqual([
        'new:Riversidenosj.exe.cit.json',
        'export:json:Riversidenosj.exe (share-safe).cit.json',
      ]);
    } finally {
      await service.close();
    }
  });
});
