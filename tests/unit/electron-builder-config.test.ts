import path from 'node:path';
import { describe, expect, it } from 'vitest';
// electron-builder's own loader and schema check, so this reads the file exactly as packaging does.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';

const projectDir = path.resolve('.');

async function load() {
  return getConfig(projectDir, null, null);
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema check', async () => {
    const config = await load();
    await expect(
      validateConfiguration(config, { isEnabled: false, add: () => {} } as unknown as Parameters<typeof validateConfiguration>[1]),
    ).resolves.toBeUndefined();
  }, 60_000);

  it('the schema check is real: it rejects a misspelt fuse', async () => {
    const config = await load();
    const broken = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } };
    await expect(
      validateConfiguration(broken, { isEnabled: false, add: () => {} } as unknown as Parameters<typeof validateConfiguration>[1]),
    ).rejects.toThrow(/Invalid configuration object[\s\S]*electronFuses/);
  }, 60_000);

  it('names the app and packs only the build into an asar', async () => {
    const config = await load();
    expect(config.appId).toBe('org.citcoalition.organizer');
    expect(config.productName).toBe('CIT Coalition Organizer');
    expect(config.directories?.output).toBe('dist');
    expect(config.asar).toBe(true);
    // electron-builder's loader normalises the list into one file set.
    expect(config.files).toEqual([{ filter: ['out/**', 'package.json'] }]);
    expect(config.extraResources).toEqual([{ from: 'resources/sample', to: 'sample' }]);
  });

  it('flips every fuse that closes a way to run code the app did not ship', async () => {
    const config = await load();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('associates .cit.json files and builds an installer for each system', async () => {
    const config = await load();
    const associations = [config.fileAssociations].flat();
    expect(associations.map((association) => association?.ext)).toEqual(['cit.json']);
    expect(config.win?.target).toBe('nsis');
    expect(config.mac?.target).toBe('dmg');
    expect(config.linux?.target).toBe('AppImage');
  });
});
