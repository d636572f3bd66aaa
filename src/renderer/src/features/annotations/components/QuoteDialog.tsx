/**
 * The quote dialog: who speaks (type-ahead over the entities, people first, or a new person),
 * the kind (direct, indirect, paraphrase) and the status (needs checking, verified,
 * disputed), with an optional comment and assignee. Creates a quote over a range, or edits one
 * (from the panel or "What's here"): either way one undoable step, stamped with the author
 * and time; an edit also takes a comment on the change and shows the history of the check.
 */
import { useState, type FormEvent } from 'react'
import {
  QuoteKind,
  QuoteStatus,
  type QuoteKind as QuoteKindT,
  type QuoteStatus as QuoteStatusT
} from '@shared/model'
import { Dialog, DialogActions } from '@renderer/components/Dialog'
import { FormError, TextField } from '@renderer/components/Field'
import { addQuote } from '@renderer/editor/annotations'
import { editQuote } from '@renderer/editor/annotations/commands/editQuote'
import { CheckHistory, CheckInputs } from './CheckFields'
import { EntityCombobox } from './EntityCombobox'
import { speakerRef, type EntityChoice } from './entityChoices'
import {
  ChoiceGroup,
  QuotedText,
  runCommand,
  spanText,
  useEntities,
  useAnnotationDialog
} from './dialogKit'

/** Props of {@link QuoteDialog}: a range to quote, or the id of a quote to edit. */
export interface QuoteDialogProps {
  /** Where the new quote goes (ProseMirror positions); ignored when `quoteId` is given. */
  range?: { from: number; to: number }
  /** The quote to edit. */
  quoteId?: string
  onClose(): void
}

/** Create or edit a quote. */
export function QuoteDialog(props: QuoteDialogProps) {
  const { t, view, session, layer, types } = useAnnotationDialog()
  const { list, counts } = useEntities()
  const existing = props.quoteId ? layer.annotations.get(props.quoteId) : undefined
  const quote = existing?.kind === 'quote' ? existing : undefined
  const speaker = quote?.speakerId ? layer.entities.get(quote.speakerId) : undefined

  const [query, setQuery] = useState(speaker?.name ?? '')
  const [choice, setChoice] = useState<EntityChoice | null>(
    speaker ? { kind: 'entity', entity: speaker } : null
  )
  const [kind, setKind] = useState<QuoteKindT>(quote?.quoteKind ?? 'direct')
  const [status, setStatus] = useState<QuoteStatusT>(quote?.status ?? 'needs-checking')
  const [comment, setComment] = useState(quote?.comment ?? '')
  const [assignee, setAssignee] = useState(quote?.assignee ?? '')
  const [checkComment, setCheckComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const text = spanText(view, quote, props.range)

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    const ref = speakerRef(choice, query, list)
    const fields = { quoteKind: kind, status, comment: comment.trim(), assignee: assignee.trim() }
    const done = quote
      ? runCommand(view, editQuote(quote.id, { speaker: ref, ...fields, checkComment }))
      : props.range
        ? runCommand(view, addQuote({ range: props.range, speaker: ref, ...fields }))
        : false
    // An unchanged edit is not an error: there is simply nothing to save.
    if (!done && !quote) {
      setError(t.selectFirst)
      return
    }
    if (done) session?.notify((m) => m.quoteSaved)
    props.onClose()
  }

  return (
    <Dialog title={quote ? t.editQuoteHeading : t.quoteHeading} onClose={props.onClose}>
      <form className="dialog-form annotate-form" onSubmit={onSubmit} noValidate>
        <QuotedText label={t.selectedText} text={text} />
        <EntityCombobox
          offerLibrary
          label={t.speakerLabel}
          hint={t.speakerHint}
          entities={list}
          types={types}
          counts={counts}
          preferType="person"
          createLabel={t.createPerson}
          query={query}
          onQueryChange={setQuery}
          choice={choice}
          onChoose={setChoice}
          autoFocus
        />
        <ChoiceGroup
          legend={t.quoteKindLabel}
          options={QuoteKind.options}
          labels={t.quoteKinds}
          value={kind}
          onChange={setKind}
        />
        <ChoiceGroup
          legend={t.quoteStatusLabel}
          options={QuoteStatus.options}
          labels={t.quoteStatuses}
          value={status}
          onChange={setStatus}
        />
        <TextField
          label={t.commentLabel}
          optional
          className="short-text"
          rows={2}
          value={comment}
          onValue={setComment}
        />
        <CheckInputs
          assignee={assignee}
          onAssignee={setAssignee}
          comment={checkComment}
          onComment={setCheckComment}
          editing={quote !== undefined}
        />
        {quote && <CheckHistory history={quote.checkHistory} />}
        <FormError message={error} />
        <DialogActions
          cancel={{ label: t.cancel, onClick: props.onClose }}
          confirm={{ label: t.saveQuote }}
        />
      </form>
    </Dialog>
  )
}
