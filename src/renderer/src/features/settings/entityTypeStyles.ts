/**
 * The colours of the library's entity types in the page: one constructed stylesheet (the CSP
 * allows no inline style), replaced whenever the types change, so a colour changed in the
 * settings re-tints every mention at once without touching the editor.
 */
import { useEffect } from 'react'
import type { EntityTypeDef } from '@shared/model'
import { entityTypeCss } from '@renderer/editor/annotations/styles'
import { useUiState } from '@renderer/store/StoreContext'

let sheet: CSSStyleSheet | null = null

/** Puts the rules of these types into the document (one sheet, replaced on each call). */
export function applyEntityTypeStyles(
  types: readonly EntityTypeDef[],
  doc: Document = document
): void {
  if (!sheet) {
    sheet = new CSSStyleSheet()
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
  }
  sheet.replaceSync(entityTypeCss(types))
}

/** Keeps the document's entity type colours in step with the library settings. */
export function useEntityTypeStyles(): void {
  const types = useUiState((s) => s.settings.entityTypes)
  useEffect(() => applyEntityTypeStyles(types), [types])
}
