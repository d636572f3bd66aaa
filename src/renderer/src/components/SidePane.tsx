/**
 * The right-hand pane: each feature's panel, in the order of features/articleFeatures.ts.
 * Until a feature provides one, an empty state says what to do next.
 */
import type { ArticleFeature, ArticleFeatureContext } from '../features/types'
import { useT } from '../i18n/I18n'

/** The right-hand pane (`<aside aria-label="Annotations">`). */
export function SidePane(props: {
  features: readonly ArticleFeature[]
  ctx: ArticleFeatureContext | null
}) {
  const t = useT()
  const { ctx } = props
  const panels = props.features.filter((f) => f.Panel)
  return (
    <aside className="panel" aria-label={t.annotationsLabel}>
      <h2 className="panel-heading">{t.annotationsLabel}</h2>
      {ctx &&
        panels.map((feature) => {
          const Panel = feature.Panel!
          return <Panel key={`${feature.id}:${ctx.articleId}`} ctx={ctx} />
        })}
      {ctx && panels.length === 0 && (
        <div className="empty-state">
          <p className="empty-title">{t.annotationsEmpty}</p>
          <p>{t.annotationsEmptyHint}</p>
        </div>
      )}
    </aside>
  )
}
