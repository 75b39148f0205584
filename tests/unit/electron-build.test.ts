import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build, type InlineConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src/api/contract';

/**
 * Builds the main process and the preload in memory with the project's electron.vite.config.ts
 * (nothing is written to out/) and reads what came out. Electron cannot run here, so this is
 * where a preload that a sandbox would refuse to load gets caught.
 */
type Chunk = { type: 'chunk'; fileName: string; code: string; isEntry: boolean };
type Asset = { type: 'asset'; fileName: string };

async function buildInMemory(target: 'main' | 'preload'): Promise<(Chunk | Asset)[]> {
  const resolved = await resolveConfig({ configFile: path.resolve('electron.vite.config.ts'), logLevel: 'silent' }, 'build', 'production');
  const config = resolved.config?.[target] as InlineConfig | undefined;
  if (!config) throw new Error(`electron.vite.config.ts has no ${target} config`);
  const result = await build({ ...config, logLevel: 'silent', build: { ...config.build, write: false } });
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((output) => ('output' in output ? (output.output as (Chunk | Asset)[]) : []));
}

/** The modules a CommonJS or ES bundle loads at run time. */
function requiredModules(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)) found.add(match[1] as string);
  for (const match of code.matchAll(/^\s*import\s+(?:[^'"]*?\sfrom\s+)?["']([^"']+)["']/gm)) found.add(match[1] as string);
  for (const match of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) found.add(match[1] as string);
  return [...found].sort();
}

describe('the preload bundle', () => {
  it('is one CommonJS file that needs nothing but electron, as a sandboxed preload must', async () => {
    const output = await buildInMemory('preload');
    const chunks = output.filter((item): item is Chunk => item.type === 'chunk');
    expect(chunks.map((chunk) => chunk.fileName)).toEqual(['index.cjs']);
    const code = chunks[0]?.code ?? '';
    expect(requiredModules(code)).toEqual(['electron']);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).toContain('exposeInMainWorld("cit"');
  }, 60_000);

  it('carries every contract method name, without the schemas behind them', async () => {
    const code = (await buildInMemory('preload')).find((item): item is Chunk => item.type === 'chunk')?.code ?? '';
    for (const name of METHOD_NAMES) expect(code, name).toContain(JSON.stringify(name));
    expect(code).not.toMatch(/safeParse|ZodError|strictObject/);
    expect(code.length).toBeLessThan(20_000);
  }, 60_000);
});

describe('the main-process bundle', () => {
  it('is out/main/index.js (package.json "main") and loads only electron, Node built-ins and production dependencies', async () => {
    const output = await buildInMemory('main');
    const entries = output.filter((item): item is Chunk => item.type === 'chunk' && item.isEntry).map((chunk) => chunk.fileName);
    // checkWorker.js, the thread that checks a large file's records, is found beside index.js (electron/main.ts).
    expect(entries.sort()).toEqual(['checkWorker.js', 'index.js']);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string; dependencies: Record<string, string> };
    expect(pkg.main).toBe('./out/main/index.js');

    const allowed = (specifier: string) =>
      specifier === 'electron' ||
      specifier.startsWith('node:') ||
      builtinModules.includes(specifier) ||
      Object.keys(pkg.dependencies).some((dep) => specifier === dep || specifier.startsWith(`${dep}/`));
    const modules = output.filter((item): item is Chunk => item.type === 'chunk').flatMap((chunk) => requiredModules(chunk.code));
    // A devDependency imported here would be missing from the installed app.
    expect(modules.filter((specifier) => !specifier.startsWith('.') && !allowed(specifier))).toEqual([]);
    expect(modules).toContain('electron');
  }, 60_000);

  it('has a record-check thread that needs no Electron, as a worker thread cannot load it', async () => {
    const output = await buildInMemory('main');
    const chunks = output.filter((item): item is Chunk => item.type === 'chunk');
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    // The worker and every chunk it loads, followed through relative imports.
    const seen = new Set<string>();
    const visit = (fileName: string) => {
      if (seen.has(fileName)) return;
      seen.add(fileName);
      for (const specifier of requiredModules(byName.get(fileName)?.code ?? '')) {
        if (specifier.startsWith('.')) visit(path.posix.join(path.posix.dirname(fileName), specifier));
        else expect(specifier, `${fileName} loads ${specifier}`).not.toBe('electron');
      }
    };
    visit('checkWorker.js');
    expect(seen.size).toBeGreaterThan(1);
    expect([...seen].some((fileName) => byName.get(fileName)?.code.includes('safeParse'))).toBe(true);
  }, 60_000);
});
