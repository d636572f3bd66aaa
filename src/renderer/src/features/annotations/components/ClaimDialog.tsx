/**
 * The claim dialog: who makes the claim (an entity of the article, or nobody named), the
 * status of the check, the verdict once reached, the rationale and the source notes that back
 * it, and who checks it. Marks a claim over a range, or edits one (from "What's here" or the
 * panel): one undoable step either way, stamped with the author and time; an edit also takes
 * a comment on the change and shows the history of the check.
 */
import { useId, useMemo, useState, type FormEvent } from 'react'
import { ClaimVerdict, QuoteStatus } from '@shared/model'
import { addClaim, annotationText, updateAnnotation } from '@renderer/editor/annotations'
import { useT } from '@renderer/i18n/I18n'
import { excerpt } from '../describe'
import { CheckHistory, CheckInputs } from './CheckFields'
import { Dialog } from '@renderer/components/Dialog'
import {
  ChoiceGroup,
  QuotedText,
  runCommand,
  useEditorView,
  useLayer,
  useSession
} from './dialogKit'

/** Props of {@link ClaimDialog}: a range to mark, or the id of a claim to edit. */
export interface ClaimDialogProps {
  range?: { from: number; to: number }
  claimId?: string
  onClose(): void
}

/** The verdict choice, with "no verdict yet" as a value of its own. */
const NO_VERDICT = 'none'
type VerdictChoice = ClaimVerdict | typeof NO_VERDICT

/** Create or edit a claim. */
export function ClaimDialog(props: ClaimDialogProps) {
  const t = useT()
  const view = useEditorView()
  const session = useSession()
  const layer = useLayer()
  // A claim's speaker is picked from a list of ids: only the article's own entities have one.
  const list = useMemo(() => [...layer.entities.values()], [layer.entities])
  const id = useId()
  const existing = props.claimId ? layer.annotations.get(props.claimId) : undefined
  const claim = existing?.kind === 'claim' ? existing : undefined
  const notes = [...layer.annotations.values()].flatMap((a) =>
    a.kind === 'source-note' ? [a] : []
  )

  const [speakerId, setSpeakerId] = useState(claim?.speakerId ?? '')
  const [status, setStatus] = useState<QuoteStatus>(claim?.status ?? 'needs-checking')
  const [verdict, setVerdict] = useState<VerdictChoice>(claim?.verdict ?? NO_VERDICT)
  const [rationale, setRationale] = useState(claim?.rationale ?? '')
  const [sourceNoteIds, setSourceNoteIds] = useState<string[]>(claim?.sourceNoteIds ?? [])
  const [assignee, setAssignee] = useState(claim?.assignee ?? '')
  const [checkComment, setCheckComment] = useState('')
  const [error, setError] = useState<string | null>(null)

  const text =
    claim && view
      ? (annotationText(view.state, claim.id) ?? claim.target.exact)
      : view && props.range
        ? view.state.doc.textBetween(props.range.from, props.range.to, ' ')
        : ''

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    const fields = {
      speakerId: speakerId || null,
      status,
      verdict: verdict === NO_VERDICT ? null : verdict,
      rationale: rationale.trim(),
      sourceNoteIds
    }
    const done = claim
      ? runCommand(view, updateAnnotation(claim.id, { ...fields, assignee }, checkComment))
      : props.range
        ? runCommand(view, addClaim({ ...fields, assignee }, { range: props.range }))
        : false
    if (!done && !claim) {
      setError(session?.getNotice()?.text(t) ?? t.selectFirst)
      return
    }
    if (done) session?.notify((m) => m.claimSaved)
    props.onClose()
  }

  function toggleNote(noteId: string, on: boolean) {
    setSourceNoteIds((ids) => (on ? [...ids, noteId] : ids.filter((x) => x !== noteId)))
  }

  return (
    <Dialog title={claim ? t.editClaimHeading : t.claimHeading} onClose={props.onClose}>
      <form className="dialog-form annotate-form" onSubmit={onSubmit} noValidate>
        <QuotedText label={t.selectedText} text={text} />
        <div className="field">
          <label htmlFor={`${id}-speaker`}>
            {t.claimSpeakerLabel} <span className="optional">{t.fieldOptional}</span>
          </label>
          <select
            id={`${id}-speaker`}
            value={speakerId}
            data-autofocus
            onChange={(e) => setSpeakerId(e.target.value)}
          >
            <option value="">{t.speakerUnknown}</option>
            {list.map((entity) => (
              <option key={entity.id} value={entity.id}>
                {entity.name}
              </option>
            ))}
          </select>
        </div>
        <ChoiceGroup
          legend={t.quoteStatusLabel}
          options={QuoteStatus.options}
          labels={t.quoteStatuses}
          value={status}
          onChange={setStatus}
        />
        <ChoiceGroup<VerdictChoice>
          legend={t.claimVerdictLabel}
          options={[NO_VERDICT, ...ClaimVerdict.options]}
          labels={{ [NO_VERDICT]: t.claimNoVerdict, ...t.claimVerdicts }}
          value={verdict}
          onChange={setVerdict}
        />
        <div className="field">
          <label htmlFor={`${id}-rationale`}>
            {t.claimRationaleLabel} <span className="optional">{t.fieldOptional}</span>
          </label>
          <textarea
            id={`${id}-rationale`}
            className="short-text"
            rows={3}
            value={rationale}
            onChange={(e) => setRationale(e.target.value)}
          />
        </div>
        <fieldset className="choice-group">
          <legend>{t.claimSourcesLabel}</legend>
          {notes.length === 0 ? (
            <p className="field-hint">{t.claimNoSources}</p>
          ) : (
            <div className="choice-options">
              {notes.map((note) => (
                <label key={note.id} className="choice-option">
                  <input
                    type="checkbox"
                    checked={sourceNoteIds.includes(note.id)}
                    onChange={(e) => toggleNote(note.id, e.target.checked)}
                  />
                  <span>{note.title.trim() || excerpt(note.text || note.target.exact, 60)}</span>
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <CheckInputs
          assignee={assignee}
          onAssignee={setAssignee}
          comment={checkComment}
          onComment={setCheckComment}
          editing={claim !== undefined}
        />
        {claim && <CheckHistory history={claim.checkHistory} />}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={props.onClose}>
            {t.cancel}
          </button>
          <button type="submit" className="button button-primary">
            {t.saveClaim}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
