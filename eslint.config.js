import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/*
 * Layers (issue 17). Every folder of renderer/src is one element; each feature folder is its own
 * element (captured by name); app (renderer/src/app, plus main.tsx and App.tsx) is the
 * composition root. LAYERS says what each element may import; anything else is an error.
 * An element's own files may always import each other.
 *   domain ↛ anything · document ↛ anything but domain · nothing below app ↛ features ·
 *   features/X ↛ features/Y (what two features share goes to renderer/src/shared) ·
 *   only app imports features.
 */
const R = 'renderer/src';
const BELOW_FEATURES = ['domain', 'document', 'storage', 'i18n', 'platform', 'ui', 'shared', 'canvas', 'commands', 'live'];
export const LAYERS = {
  domain: [],
  document: ['domain'],
  i18n: ['domain'],
  platform: ['domain'],
  storage: ['domain', 'document', 'i18n'],
  live: ['domain', 'document', 'storage', 'i18n', 'platform'],
  ui: ['domain', 'document', 'storage', 'i18n', 'platform', 'shared'],
  shared: ['domain', 'document', 'storage', 'i18n', 'platform', 'ui', 'live', 'commands', 'canvas'],
  canvas: ['domain', 'document', 'storage', 'i18n', 'platform', 'ui', 'shared', 'commands'],
  commands: ['domain', 'document', 'storage', 'i18n', 'platform', 'ui', 'shared', 'canvas'],
  features: BELOW_FEATURES,
  app: [...BELOW_FEATURES, 'features'],
  'electron-main': ['platform', 'live-server', 'web'],
  'electron-preload': ['platform', 'electron-main'],
  // document: the app's content limits (document/file/limits.ts), enforced on every relayed update.
  'live-server': ['platform', 'web', 'document'],
  // The headers, CSP and MIME types of every file server (plain JavaScript).
  web: [],
};

// ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
// TEMPORARY LAYER EXCEPTIONS: imports that break LAYERS, one line per file → file (paths under
// renderer/src/), each with the change that removes it. It reached zero (179 lines on the day the
// rules landed; the last 16 went when the home screen, the project's header and the phone view
// became screen slots, shared/screenSlots.tsx) and stays there: test/unit/layer-exceptions.test.ts
// holds the ceiling at 0. Never add a line: move the code, or add a slot, instead.
export const LAYER_EXCEPTIONS = [];
// ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ END OF TEMPORARY LAYER EXCEPTIONS ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

const layerPolicies = [
  ...Object.entries(LAYERS).map(([type, may]) => ({
    from: { element: { type } },
    // A layer's files import each other (a feature only its own: one feature is one element).
    allow: { to: { element: { type: type === 'features' ? may : [type, ...may] } } },
  })),
  ...LAYER_EXCEPTIONS.map(([from, to]) => ({
    from: { file: { path: `${R}/${from}` } },
    allow: { to: { file: { path: `${R}/${to}` } } },
  })),
];

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'test-results', 'playwright-report', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { boundaries },
    settings: {
      // Imports here omit extensions: resolve them as TypeScript does.
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.mjs', '.js'] } },
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      // Two elements are single files at renderer/src/ (main.tsx + App.tsx, strings.ts): v7 classifies
      // single files only with the deprecated `mode: 'full'`, whose warning this silences.
      'boundaries/legacy-warnings': false,
      'boundaries/elements': [
        { type: 'features', pattern: `${R}/features/*`, capture: ['name'], partialMatch: false },
        { type: 'app', pattern: `${R}/app`, partialMatch: false },
        { type: 'app', pattern: `${R}/{main,App}.tsx`, mode: 'full' },
        // The English catalogue is the i18n layer's.
        { type: 'i18n', pattern: `${R}/strings.ts`, mode: 'full' },
        ...BELOW_FEATURES.map((type) => ({ type, pattern: `${R}/${type}`, partialMatch: false })),
        { type: 'electron-main', pattern: 'electron/main', partialMatch: false },
        { type: 'electron-preload', pattern: 'electron/preload', partialMatch: false },
        { type: 'live-server', pattern: 'live/server', partialMatch: false },
        { type: 'web', pattern: 'web', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The benchmark runs functions inside the page (page.evaluate): browser globals too.
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
