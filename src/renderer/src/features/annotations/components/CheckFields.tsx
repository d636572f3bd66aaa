/**
 * What the quote, claim and source note dialogs share about a check: who it is assigned to,
 * a comment kept with a change of status or verdict, and the history of the check (who
 * changed what, when, from what to what, and why), newest first. The history itself is
 * written by `patchAnnotation`; these controls only collect the comment and show the list.
 */
import { useId } from 'react'
import type { CheckChange, CheckedField } from '@shared/model'
import { TextField } from '@renderer/components/Field'
import { useI18n } from '@renderer/i18n/I18n'
import type { Messages } from '@renderer/i18n/strings'

/** The assignee and the comment on this change, as the dialogs keep them. */
export function CheckInputs(props: {
  assignee: string
  onAssignee(value: string): void
  comment: string
  onComment(value: string): void
  /** False when creating: there is no change to comment on yet. */
  editing: boolean
}) {
  const { t } = useI18n()
  return (
    <>
      <TextField
        label={t.checkAssigneeLabel}
        hint={t.checkAssigneeHint}
        optional
        autoComplete="off"
        value={props.assignee}
        onValue={props.onAssignee}
      />
      {props.editing && (
        <TextField
          label={t.checkCommentLabel}
          hint={t.checkCommentHint}
          optional
          className="short-text"
          rows={2}
          value={props.comment}
          onValue={props.onComment}
        />
      )}
    </>
  )
}

/** A value of a checked field in words ("Verified", "Mostly true", "No verdict yet"). */
function valueWords(t: Messages, field: CheckedField, value: string | null): string {
  if (field === 'verdict') {
    return value === null
      ? t.claimNoVerdict
      : (t.claimVerdicts[value as keyof typeof t.claimVerdicts] ?? value)
  }
  return value === null
    ? t.checkNoValue
    : (t.quoteStatuses[value as keyof typeof t.quoteStatuses] ?? value)
}

// One formatter per language: making one costs about as much as drawing the row it is for.
const formats = new Map<string, Intl.DateTimeFormat>()

/** A change's time in the UI language ("20 Jun 2025, 10:05"). */
function useWhen(): (at: string) => string {
  const { language } = useI18n()
  let format = formats.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' })
    formats.set(language, format)
  }
  return (at: string) => {
    const date = new Date(at)
    return Number.isNaN(date.getTime()) ? at : format.format(date)
  }
}

/** One change in one line: "Status: Needs checking → Verified · Ana · 20 Jun 2025, 10:05". */
export function changeLine(t: Messages, change: CheckChange, when: (at: string) => string) {
  const what = `${t.checkFields[change.field]}: ${valueWords(t, change.field, change.from)} → ${valueWords(t, change.field, change.to)}`
  return `${what} · ${t.checkChangeWho(change.by, when(change.at))}`
}

/**
 * The last change of a check, where the check is shown (the hover card, a panel row); nothing
 * for a check never changed.
 */
export function LastCheckChange(props: { history: readonly CheckChange[] | undefined }) {
  const { t } = useI18n()
  const when = useWhen()
  const last = props.history?.at(-1)
  if (!last) return null
  return <span className="check-last">{t.checkLastChange(changeLine(t, last, when))}</span>
}

/** The history of a check, newest first. */
export function CheckHistory(props: { history: readonly CheckChange[] | undefined }) {
  const { t } = useI18n()
  const headingId = useId()
  const when = useWhen()
  const entries = [...(props.history ?? [])].reverse()
  return (
    <section className="check-history" aria-labelledby={headingId}>
      <h3 id={headingId} className="check-history-heading">
        {t.checkHistoryHeading}
      </h3>
      {entries.length === 0 ? (
        <p className="field-hint">{t.checkHistoryEmpty}</p>
      ) : (
        <ol className="check-history-list">
          {entries.map((change) => (
            <li key={change.id} className="check-change">
              <span className="check-change-what">
                {t.checkFields[change.field]}: {valueWords(t, change.field, change.from)} →{' '}
                <strong>{valueWords(t, change.field, change.to)}</strong>
              </span>
              <span className="check-change-who">
                {t.checkChangeWho(change.by, when(change.at))}
              </span>
              {change.comment && <q className="check-change-comment">{change.comment}</q>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
