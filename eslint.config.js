// Lint, including the layering rules of docs/ARCHITECTURE.md: imports only point down
// shared ← main / preload / renderer, and src/shared stays free of Electron, Node, React and
// the DOM so it runs in every process and in tests.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'url',
  'util',
  'stream',
  'events',
  'net',
  'worker_threads'
]

/**
 * no-restricted-imports patterns for a layer. Every layer also refuses climbing imports
 * (`../../x`): code reaches another folder through the `@shared` and `@renderer` aliases.
 */
function forbid(groups, message) {
  return [
    'error',
    {
      patterns: [
        { group: groups, message },
        {
          regex: '^(\\.\\./){2,}(?!\\.\\./|resources/|tests/fixtures/)',
          message: 'Import through @shared/… or @renderer/… instead of climbing folders.'
        }
      ]
    }
  ]
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      '.tmp/**',
      'test-results/**',
      'playwright-report/**',
      'schemas/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }]
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': forbid(
        [
          'electron',
          'electron/*',
          'react',
          'react-dom',
          'react/*',
          'react-dom/*',
          ...nodeBuiltins,
          '**/main/**',
          '**/renderer/**',
          '**/preload/**',
          '@renderer/*'
        ],
        'src/shared is the pure core: no Electron, Node, React or DOM, and nothing from the layers above it.'
      ),
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'process',
          'Buffer',
          'require',
          '__dirname'
        ].map((name) => ({
          name,
          message: 'src/shared must not touch the DOM or Node globals.'
        }))
      ]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': forbid(
        ['electron', 'electron/*', ...nodeBuiltins, '**/main/**', '**/preload/index*'],
        'The renderer talks to main only through the typed contract (window.newsroom / the web host).'
      )
    }
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['react', 'react-dom', '**/renderer/**', '**/preload/**', '@renderer/*'],
        'main depends on shared only.'
      )
    }
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['react', 'react-dom', '**/renderer/**', '**/main/**', '@renderer/*', ...nodeBuiltins],
        'preload is the bridge: electron and shared only.'
      )
    }
  }
)
