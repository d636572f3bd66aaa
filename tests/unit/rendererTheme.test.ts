/**
 * Every text colour of the renderer's theme against every background it is used on keeps
 * WCAG AA contrast (4.5:1), in the light and the dark theme. Reads the tokens from
 * src/renderer/src/styles/base.css itself, so a colour changed there is checked here. (It
 * lives in tests/unit because vitest hands CSS imports over empty, even with ?raw.)
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contrastRatio } from '../../src/shared/ui/contrast'

const css = readFileSync(new URL('../../src/renderer/src/styles/base.css', import.meta.url), 'utf8')

/** The custom properties of the first `:root { … }` block after `from` in the CSS. */
function tokens(source: string, from: number): Record<string, string> {
  const start = source.indexOf(':root', from)
  const body = source.slice(source.indexOf('{', start) + 1, source.indexOf('}', start))
  const out: Record<string, string> = {}
  for (const m of body.matchAll(/--([a-z-]+):\s*(#[0-9a-fA-F]{3,6})\s*;/g)) out[m[1]] = m[2]
  return out
}

const light = tokens(css, 0)
const dark = { ...light, ...tokens(css, css.indexOf('prefers-color-scheme: dark')) }

/** Text token → the background tokens it is drawn on. */
const PAIRS: Record<string, string[]> = {
  ink: ['bg', 'paper', 'panel', 'button-bg', 'button-hover', 'accent-soft'],
  'ink-soft': ['paper', 'panel', 'bg'],
  muted: ['paper', 'panel', 'bg', 'accent-soft', 'button-bg'],
  'accent-ink': ['accent'],
  'danger-ink': ['danger'],
  'alert-ink': ['alert-bg']
}

describe.each([
  ['light', light],
  ['dark', dark]
])('%s theme', (_name, theme) => {
  it('defines every colour the pairs use', () => {
    for (const [text, backgrounds] of Object.entries(PAIRS)) {
      for (const name of [text, ...backgrounds]) expect(theme[name], name).toMatch(/^#/)
    }
  })

  for (const [text, backgrounds] of Object.entries(PAIRS)) {
    for (const background of backgrounds) {
      it(`keeps ${text} on ${background} at 4.5:1 or more`, () => {
        expect(contrastRatio(theme[text], theme[background])).toBeGreaterThanOrEqual(4.5)
      })
    }
  }

  it('keeps the focus ring visible against the page (3:1, WCAG non-text contrast)', () => {
    for (const background of ['paper', 'panel', 'bg']) {
      expect(contrastRatio(theme.focus, theme[background])).toBeGreaterThanOrEqual(3)
    }
  })
})
