import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The feature folders of src/: each is reached from another only through its index.ts. */
const FEATURES = ['actions', 'coalition', 'meetings', 'packet', 'policies', 'programData', 'recognition', 'stages', 'stakeholders', 'training', 'workgroups', 'directory', 'committee'];

/** What the core may never import (src/workspace/ may touch files; nothing else in src/ may). */
const CORE_PATHS = [
  { name: 'electron', message: 'src/ must not depend on Electron; put it in electron/.' },
  { name: 'react', message: 'src/ must not depend on React; put it in renderer/.' },
  { name: 'react-dom', message: 'src/ must not depend on React; put it in renderer/.' },
  { name: 'node:fs', message: 'Only src/workspace/ touches files.' },
  { name: 'fs', message: 'Only src/workspace/ touches files.' },
  { name: 'node:fs/promises', message: 'Only src/workspace/ touches files.' },
  { name: 'fs/promises', message: 'Only src/workspace/ touches files.' },
];
const CORE_PATTERNS = [{ group: ['@mantine/*', '@electron/remote'], message: 'Not in the domain core.' }];

/** For a file in src/<feature>/: every other feature's inner files are out of reach. */
function featureBoundary(feature) {
  return {
    files: [`src/${feature}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: CORE_PATHS,
          patterns: [
            ...CORE_PATTERNS,
            ...FEATURES.filter((other) => other !== feature).map((other) => ({
              regex: `^\\.\\.?/(\\.\\./)*${other}/.+`,
              message: `Import ${other} through its public index.ts ('../${other}'), not its inner files.`,
            })),
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench/results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // No import loop in the core: a loop works only until something uses a name while the
    // modules are still loading. Type-only imports are erased at build time and do not count.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    languageOptions: { parser: tseslint.parser },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // The domain core runs in plain Node and in tests: no Electron, no React, no DOM, and file
    // access only through the workspace adapter, so every rule can be tested without a window.
    files: ['src/**/*.ts'],
    ignores: ['src/workspace/**'],
    rules: { 'no-restricted-imports': ['error', { paths: CORE_PATHS, patterns: CORE_PATTERNS }] },
  },
  // A feature reaches another only through that feature's index.ts.
  ...FEATURES.map(featureBoundary),
  {
    files: ['src/workspace/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron', 'react', 'react-dom'], patterns: ['@mantine/*', '@electron/remote'] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@electron/remote'], message: 'Never use @electron/remote.' }] }],
    },
  },
  {
    // Exports are made in the main process (docx and Node's zlib and crypto have no place in the
    // window, where they fail at load); the window asks for them through the API. Types are fine.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src/export/**', '**/src/*/export/**'], message: 'Ask the main process for exports through the API.', allowTypeImports: true },
            {
              // The window reads the document it is sent; the file's machinery stays in the main process.
              group: ['**/src/workspace/*', '!**/src/workspace/document', '!**/src/workspace/fileLayout'],
              message: 'The file itself is the main process’s: use the API, or a type from it.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
);
