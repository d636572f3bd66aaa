/**
 * Every figure check the assist made, agreeing or not, so the editor sees what was checked:
 * "14,3 milliards de dollars · 49 % · 29 milliards de dollars — Agrees", with the arithmetic.
 * A disagreement is also a suggestion above (accepting it adds a source note that explains
 * the arithmetic); an agreement is only shown. Choosing a check selects its figures.
 */
import type { FigureCheck } from '@shared/suggest/types'
import { useEditorView } from '@renderer/editor/EditorSession'
import type { Messages } from '@renderer/i18n/strings'
import { selectPassage } from '../reveal'

export function FiguresChecked(props: { checks: readonly FigureCheck[]; t: Messages }) {
  const { checks, t } = props
  const view = useEditorView()
  if (checks.length === 0) return null

  // Selects the figures, from the first to the last, as a search hit is shown.
  const show = (c: FigureCheck) => {
    if (view) selectPassage(view, { start: c.spans[0].start, end: c.spans[c.spans.length - 1].end })
  }

  return (
    <section className="figures-checked" aria-label={t.figuresTitle}>
      <h4>{t.figuresTitle}</h4>
      <p className="suggestions-help">{t.figuresHelp}</p>
      <ul>
        {checks.map((c) => (
          <li key={c.key} className="figure-check" data-verdict={c.verdict}>
            <button type="button" className="figure-check-main" onClick={() => show(c)}>
              <span className="figure-check-head">
                <span className="figure-verdict" data-verdict={c.verdict}>
                  {c.verdict === 'agrees' ? `✓ ${t.figuresAgree}` : `✗ ${t.figuresDisagree}`}
                </span>
                <span className="figure-relation">{t.figuresRelations[c.relation]}</span>
              </span>
              <span className="figure-figures">{c.spans.map((s) => s.text).join(' · ')}</span>
              <span className="figure-explanation">{c.explanation}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
