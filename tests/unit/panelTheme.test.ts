/**
 * Colours of the annotation panel and the settings dialog.
 *
 * The panel's status badges keep 4.5:1 in both themes (read from panel.css). The settings
 * dialog warns about entity type colours whose tint would make the article's
 * text hard to read. It computes that from a copy of the theme (the page and ink colours, the
 * tint strength) in features/settings/entityTypesForm.ts; this test reads that copy and the
 * stylesheets themselves, so they cannot drift apart. (It lives in tests/unit and reads the
 * module as text because the Node project cannot import renderer sources.)
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contrastRatio } from '../../src/shared/ui/contrast'

const read = (path: string) =>
  readFileSync(new URL(`../../src/renderer/src/${path}`, import.meta.url), 'utf8')

const form = read('features/settings/entityTypesForm.ts')

/** A constant of the form module, found by its declaration. */
function constant(pattern: RegExp): string {
  const m = pattern.exec(form)
  if (!m) throw new Error(`entityTypesForm.ts no longer declares ${pattern}`)
  return m[1]
}

describe('the theme the tint contrast check assumes', () => {
  it('uses the tint strength of annotations.css', () => {
    const tint = /--ann-tint:\s*(\d+)%/.exec(read('editor/annotations/annotations.css'))
    expect(tint, '--ann-tint in annotations.css').not.toBeNull()
    expect(Number(constant(/TINT_ALPHA = ([\d.]+)/))).toBe(Number(tint![1]) / 100)
  })

  it('uses the page and ink colours of base.css, light and dark', () => {
    const base = read('styles/base.css')
    const darkAt = base.indexOf('prefers-color-scheme: dark')
    const css = { light: base.slice(0, darkAt), dark: base.slice(darkAt) }
    for (const theme of ['light', 'dark'] as const) {
      const line = constant(new RegExp(`${theme}: (\\{[^}]*\\})`))
      const paper = /paper: '(#[0-9a-f]{6})'/.exec(line)?.[1]
      const ink = /ink: '(#[0-9a-f]{6})'/.exec(line)?.[1]
      expect(css[theme]).toContain(`--paper: ${paper};`)
      expect(css[theme]).toContain(`--ink: ${ink};`)
    }
  })
})

/** The custom properties of the first `:root { … }` block after `from`. */
function tokens(css: string, from: number): Record<string, string> {
  const start = css.indexOf(':root', from)
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start))
  const out: Record<string, string> = {}
  for (const m of body.matchAll(/--([a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)) out[m[1]] = m[2]
  return out
}

describe('the status badges of the panel', () => {
  const css = read('features/annotations/panel/panel.css')
  const themes = {
    light: tokens(css, 0),
    dark: tokens(css, css.indexOf('prefers-color-scheme: dark'))
  }
  for (const [theme, t] of Object.entries(themes)) {
    for (const status of ['needs', 'verified', 'disputed']) {
      it(`keep ${status} at 4.5:1 or more in the ${theme} theme`, () => {
        const ink = t[`status-${status}-ink`]
        const bg = t[`status-${status}-bg`]
        expect(ink, `--status-${status}-ink`).toMatch(/^#/)
        expect(contrastRatio(ink, bg)).toBeGreaterThanOrEqual(4.5)
      })
    }
  }
})
