/**
 * The desk in the article view: the plugins that keep the reader's selection when others'
 * changes rebuild the article and draw the others' selections. The status line, the share button and the polling live in
 * `DeskBar`, the settings in `DeskSettingsSection`.
 */
import type { ArticleFeature } from '../types'
import { keepSelectionPlugin } from './keepSelection'
import { peerSelectionsPlugin } from './peerSelections'

export const deskFeature: ArticleFeature = {
  id: 'desk',
  plugins: (ctx) => [keepSelectionPlugin(ctx.articleId), peerSelectionsPlugin(ctx.articleId)]
}
