// Why: the layer rules are enforced, not just agreed: shared/ is pure, the renderer never reaches
// Node or Electron, electron/services is plain Node, only electron/main imports Electron, and the preload never
// imports main. scripts/layer-rules.test.ts proves each rule refuses what it should. TypeScript's per-layer lib settings catch DOM/Node
// globals; these rules catch imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
/** Packages the sandboxed renderer may import; anything else (Node built-ins, electron, Node-only packages) is refused. */
const rendererPackages = [
  'react',
  'react-dom',
  'react-i18next',
  'i18next',
  'recharts',
  'zustand',
  'zundo',
  'zod',
  'd3-geo',
  'topojson-client',
  'world-atlas',
  'papaparse',
  '@fontsource/[a-z0-9-]+',
  'axe-core',
];
const rendererDenied = `^(?!\\.{1,2}/)(?!(${rendererPackages.join('|')})(/|\\?|$))`;
const rendererMessage =
  'The renderer may import only relative paths and browser packages listed in eslint.config.js (no Node, no electron, no Node-only packages).';

/** no-restricted-imports does not see import(): these selectors apply the same rule to dynamic imports. */
function dynamicImportRules(deniedRegex, message) {
  return [
    { selector: `ImportExpression > Literal[value=/${deniedRegex.replaceAll('/', '\\/')}/]`, message },
    {
      selector: 'ImportExpression > TemplateLiteral[expressions.length>0]',
      message: 'Dynamic imports must name a fixed module.',
    },
    {
      selector: 'ImportExpression > :not(Literal, TemplateLiteral)',
      message: 'Dynamic imports must name a fixed module.',
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'release/**',
      '.cache/**',
      'node_modules/**',
      'tests/e2e/artifacts/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Prettier wraps code at 120; this catches what it cannot wrap (long comments), leaving strings and URLs whole.
      'max-len': [
        'error',
        { code: 140, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='exposeInMainWorld'] > ObjectExpression Identifier[name='ipcRenderer']",
          message: 'Never expose raw ipcRenderer.',
        },
      ],
    },
  },
  {
    // Plain Node scripts and electron-builder hooks.
    files: ['scripts/**/*.mjs', 'build/**/*.cjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        exports: 'writable',
        __dirname: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // shared/ is pure: an allowlist, zod plus relative imports, static and dynamic alike.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!zod$)(?!\\.{1,2}/)', message: 'shared/ is pure: it may import only zod and relative paths.' },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ must not import from electron/ or renderer/.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...dynamicImportRules('^(?!zod$)(?!\\.{1,2}/)', 'shared/ is pure: it may import only zod and relative paths.'),
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    // The renderer runs in a sandboxed browser page: browser-safe packages and relative paths only.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches main only through renderer/src/api/client.ts.' }],
          patterns: [
            { regex: rendererDenied, message: rendererMessage },
            { group: ['**/electron/**'], message: 'The renderer must not import from electron/.' },
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...dynamicImportRules(rendererDenied, rendererMessage)],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    // electron/services is plain Node: testable without Electron, never reaching into main or the renderer.
    files: ['electron/services/**/*.ts'],
    ignores: ['electron/services/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'electron/services is plain Node: take windows, dialogs and print as interfaces.',
            },
          ],
          patterns: [
            {
              group: ['**/main', '**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'electron/services must not import main, preload or renderer code.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...dynamicImportRules(
          '^electron$|(^|/)(main|renderer|preload)(/|$)',
          'electron/services must not import electron, main, preload or renderer code.',
        ),
      ],
    },
  },
  {
    // Only electron/main (and the preload) may import Electron; any other code under electron/ is plain Node.
    // (shared/, the renderer and electron/services refuse it in their own blocks above.)
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**', 'electron/services/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only electron/main and the preload import Electron.' }] },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/api/client.ts', 'renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'briefing', message: 'Use renderer/src/api/client.ts.' },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/main/**', '../main', '../main/*'], message: 'The preload must never import main.' }],
        },
      ],
    },
  },
);
