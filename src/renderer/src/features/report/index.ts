/**
 * The fact-check report (issue 11, part 6): a toolbar button that asks main to write the open
 * article's report in the interface language (HTML in the exports folder in the browser
 * host; PDF and HTML where the Save dialog says on the desktop), and a dialog that says
 * where the files went or why they could not be written.
 */
import type { ArticleFeature } from '../types'
import { ReportPanel, writeReport } from './ReportPanel'

/** The report feature, registered in features/registry.ts. */
export const reportFeature: ArticleFeature = {
  id: 'report',
  toolbar: (ctx, { t }) => [
    {
      id: 'fact-check-report',
      group: 'file',
      icon: 'report',
      label: t.reportAction,
      description: t.reportTip,
      run: () => void writeReport(ctx)
    }
  ],
  Panel: ReportPanel
}
