// Why: the layer rules are enforced, not just agreed: shared/ is pure, the renderer never reaches
// Node or Electron, and the preload never imports main. TypeScript's per-layer lib settings catch DOM/Node
// globals; these rules catch imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const noNode = { paths: [...nodeBuiltins.map((name) => ({ name, message: 'This layer must not use Node built-ins.' }))] };

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', '.cache/**', 'node_modules/**', 'tests/e2e/artifacts/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='exposeInMainWorld'] > ObjectExpression Identifier[name='ipcRenderer']", message: 'Never expose raw ipcRenderer.' }],
    },
  },
  {
    // Plain Node scripts and electron-builder hooks.
    files: ['scripts/**/*.mjs', 'build/**/*.cjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', Buffer: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...noNode.paths, { name: 'electron', message: 'shared/ is pure: no Electron.' }, { name: 'react', message: 'shared/ is pure: no UI.' }, { name: 'react-dom', message: 'shared/ is pure: no UI.' }],
          patterns: [
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ must not import from electron/ or renderer/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...noNode.paths, { name: 'electron', message: 'The renderer reaches main only through renderer/src/api/client.ts.' }],
          patterns: [{ group: ['**/electron/**'], message: 'The renderer must not import from electron/.' }],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/api/client.ts', 'renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-properties': ['error', { object: 'window', property: 'briefing', message: 'Use renderer/src/api/client.ts.' }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/main/**', '../main', '../main/*'], message: 'The preload must never import main.' }] }],
    },
  },
);
