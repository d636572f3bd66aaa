/**
 * Export and import in the app (issue 4, part 5): toolbar buttons "Export" (Native JSON,
 * W3C JSON-LD or CSV, written where main's export target says) and "Import annotations" (a
 * native file becomes a new article; a W3C file, after a confirmation, replaces the open
 * article's annotations, re-anchored by quote, and the article reloads from disk), the
 * desktop menu's File › Export… and File › Import Annotations…, and the dialogs.
 */
import type { ArticleFeature } from '../types'
import { ExchangePanel } from './ExchangePanel'
import { exchangeUi } from './exchangeUi'

/** The exchange feature, registered in features/articleFeatures.ts after the annotation feature. */
export const exchangeFeature: ArticleFeature = {
  id: 'exchange',
  toolbar: (_ctx, { t }) => [
    {
      id: 'export',
      label: t.exportAction,
      description: t.exportTip,
      run: () => exchangeUi.controller?.openExport()
    },
    {
      id: 'import-annotations',
      label: t.importAnnotationsAction,
      description: t.importAnnotationsTip,
      run: () => exchangeUi.controller?.startImport()
    }
  ],
  Panel: ExchangePanel
}
