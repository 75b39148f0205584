import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../host/testHost';

/**
 * Runs axe-core on what the page shows now and fails on every 'serious' or 'critical' problem,
 * listing each rule, where it failed and how to fix it. Moderate and minor findings are returned
 * for the test to look at, but do not fail it.
 */
export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

let axeSource: string | null = null;

export async function checkAccessibility(
  page: Page,
  label: string,
  options: { exclude?: string[]; disableRules?: string[] } = {},
): Promise<AxeFinding[]> {
  await settle(page);
  axeSource ??= await readFile(path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Not page.addScriptTag({ content }): that adds an inline <script>, which the app's own CSP
    // refuses (script-src 'self' is the point of it). The DevTools protocol can still run it.
    await page.evaluate(axeSource);
  }
  const findings = await page.evaluate(
    async ({ exclude, disableRules }) => {
      const axe = (
        window as unknown as {
          axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> };
        }
      ).axe;
      const context =
        exclude.length > 0 ? { include: [document], exclude: exclude.map((selector) => [selector]) } : document;
      const rules = Object.fromEntries(disableRules.map((id) => [id, { enabled: false }]));
      const result = await axe.run(context, { resultTypes: ['violations'], rules });
      return (
        result.violations as {
          id: string;
          impact: string | null;
          help: string;
          helpUrl: string;
          nodes: { target: unknown[]; html: string; failureSummary?: string }[];
        }[]
      ).map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({
          target: n.target.map(String).join(' '),
          html: n.html.slice(0, 240),
          summary: n.failureSummary ?? '',
        })),
      }));
    },
    { exclude: options.exclude ?? [], disableRules: options.disableRules ?? [] },
  );
  const blocking = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
  if (blocking.length > 0) {
    const lines = blocking.flatMap((f) => [
      `[${f.impact}] ${f.id}: ${f.help} (${f.helpUrl})`,
      ...f.nodes
        .slice(0, 8)
        .map((n) => `    at ${n.target}\n      ${n.html}\n      ${n.summary.replace(/\n/g, '\n      ')}`),
    ]);
    throw new Error(`Accessibility problems on ${label}:\n${lines.join('\n')}`);
  }
  return findings;
}

/** Waits for running CSS transitions and animations (a colour scheme switch, a modal opening) to end. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  });
}
