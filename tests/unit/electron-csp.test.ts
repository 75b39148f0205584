import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { present } from '../support/prerequisites';

/**
 * The page's Content-Security-Policy is its second wall after the sandbox: even if someone's
 * data smuggled markup into the screen, no script from anywhere but the app could run. Checked
 * in the source page, and in the built one when a build is present (the build must keep it).
 */
const sourcePage = path.resolve('renderer/index.html');
const builtPage = path.resolve('out/renderer/index.html');

function cspOf(html: string): Map<string, string[]> {
  const meta = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map((match) => match[0])
    .find((tag) => /http-equiv\s*=\s*["']content-security-policy["']/i.test(tag));
  if (!meta) throw new Error('The page has no Content-Security-Policy meta tag.');
  const content = /content\s*=\s*"([^"]*)"/i.exec(meta)?.[1] ?? /content\s*=\s*'([^']*)'/i.exec(meta)?.[1];
  if (!content) throw new Error('The Content-Security-Policy meta tag has no content.');
  const directives = new Map<string, string[]>();
  for (const part of content.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

function checkPolicy(file: string) {
  const csp = cspOf(readFileSync(file, 'utf8'));
  expect(csp.get('default-src'), 'default-src').toEqual(["'self'"]);
  expect(csp.get('object-src'), 'object-src').toEqual(["'none'"]);
  for (const [name, values] of csp) {
    expect(values, `${name} must not allow eval`).not.toContain("'unsafe-eval'");
    expect(values, `${name} must not allow any host`).not.toContain('*');
  }
  // Scripts: only the app's own files, never inline or from the network.
  const scripts = csp.get('script-src') ?? csp.get('default-src') ?? [];
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts.filter((source) => /^(https?:|data:|blob:|file:)/i.test(source))).toEqual([]);
}

describe('the page’s Content-Security-Policy', () => {
  it('renderer/index.html exists and has a strict policy', () => {
    expect(existsSync(sourcePage), 'renderer/index.html is missing').toBe(true);
    checkPolicy(sourcePage);
  });

  it('the built out/renderer/index.html keeps it', ({ skip }) => {
    // npm test builds the renderer first; a unit run alone may have no build to look at.
    if (!present(existsSync(builtPage), 'The built renderer (out/renderer)', 'npm test runs build:renderer first')) {
      return skip('no build of the renderer here');
    }
    checkPolicy(builtPage);
  });

  it('the checker itself catches a weak policy', () => {
    const weak = `<meta http-equiv="Content-Security-Policy" content="default-src *; script-src 'self' 'unsafe-eval'">`;
    const csp = cspOf(weak);
    expect(csp.get('default-src')).toEqual(['*']);
    expect(csp.get('script-src')).toContain("'unsafe-eval'");
    expect(() => cspOf('<meta charset="utf-8">')).toThrow(/no Content-Security-Policy/);
  });
});
