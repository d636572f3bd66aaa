/**
 * The per-type CSS the UI adds for the library's entity types (the set is editable, so the
 * rules cannot all be static). The text goes into a constructed stylesheet
 * (`sheet.replaceSync(css)` + `document.adoptedStyleSheets`), never a `style=` attribute.
 */
import type { EntityTypeDef } from '@shared/model'
import { typeClass } from './decorations'

/**
 * One rule per entity type, setting `--ann-color` for its mentions and `--ann-glyph`, its key
 * letter, drawn after each mention (see annotations.css), and a variable per type
 * (`--ann-type-person`) for the panel's swatches: `.ann-type-person { --ann-color: … }`.
 */
export function entityTypeCss(types: readonly EntityTypeDef[]): string {
  const vars = types.map((t) => `  --ann-type-${t.id}: ${t.color};`).join('\n')
  const rules = types
    .map((t) => {
      // Keys are one letter or digit (the settings schema), safe inside a CSS string.
      const glyph = /^[a-z0-9]$/.test(t.key) ? t.key.toUpperCase() : '•'
      return `.${typeClass(t.id)} { --ann-color: var(--ann-type-${t.id}); --ann-glyph: '${glyph}'; }`
    })
    .join('\n')
  return `:root {\n${vars}\n}\n${rules}\n`
}
