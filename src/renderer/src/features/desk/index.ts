/**
 * The desk in the article view: the plugin that keeps the reader's selection when others'
 * changes rebuild the article. The status line, the share button and the polling live in
 * `DeskBar`, the settings in `DeskSettingsSection`.
 */
import type { ArticleFeature } from '../types'
import { keepSelectionPlugin } from './keepSelection'

export const deskFeature: ArticleFeature = {
  id: 'desk',
  plugins: (ctx) => [keepSelectionPlugin(ctx.articleId)]
}
