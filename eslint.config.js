// Lint: TypeScript rules, kebab-case file names, and the one-way import direction of
// the house style (model <- reference <- ingest/extract/reconcile <- jobs <- edges).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import checkFile from 'eslint-plugin-check-file'

/**
 * What each folder of src/ may NOT import. Nothing imports cli, server or main; web (the views)
 * is imported only by server, and itself reads nothing: no store, no jobs.
 */
const layers = {
  model: ['reference', 'ingest', 'extract', 'reconcile', 'store', 'jobs', 'server', 'web', 'cli'],
  reference: ['ingest', 'extract', 'reconcile', 'store', 'jobs', 'server', 'web', 'cli'],
  ingest: ['extract', 'reconcile', 'store', 'jobs', 'server', 'web', 'cli'],
  extract: ['ingest', 'reconcile', 'store', 'jobs', 'server', 'web', 'cli'],
  reconcile: ['ingest', 'extract', 'store', 'jobs', 'server', 'web', 'cli'],
  store: ['reference', 'ingest', 'extract', 'reconcile', 'jobs', 'server', 'web', 'cli'],
  jobs: ['server', 'web', 'cli'],
  server: ['cli'],
  web: ['store', 'jobs', 'server', 'cli'],
  cli: ['server', 'web'],
}

const otherFolderInternals = {
  // Another folder is reached through its index.ts only: `../store/index.js`, not `../store/db.js`.
  regex:
    '^\\.\\./(?:\\.\\./)*(model|reference|ingest|extract|reconcile|store|jobs|server|web|cli)/(?!index\\.js$).+',
  message: "Import another folder through its public face: '../<folder>/index.js'.",
}

const layerRules = Object.entries(layers).map(([folder, forbidden]) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
            message: `src/${folder} may not import these folders (see STYLE.md §1: imports flow one way).`,
          },
          { regex: '(^|/)main(\\.js)?$', message: 'Nothing imports main.' },
          ...(folder === 'model' ? [] : [otherFolderInternals]),
        ],
      },
    ],
  },
}))

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test/fixtures/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        {
          // Steps that run in a fixed order are numbered: migrations/0001-articles.ts, passes/01-sentences.ts.
          '**/[0-9]*.{ts,tsx,js,mjs}': '+([0-9])-+([a-z0-9])*(-+([a-z0-9]))',
          '**/[^0-9]*.{ts,tsx,js,mjs}': 'KEBAB_CASE',
        },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { 'src/**/': 'KEBAB_CASE', 'test/**/': 'KEBAB_CASE' },
      ],
    },
  },
  ...layerRules,
)
