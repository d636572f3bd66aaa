/**
 * Linking a mention to an existing entity ("Droege" → Jason Droege): type-ahead over every
 * entity (name and aliases). Over a range it tags a new mention of the picked entity and adds
 * the text as an alias; for an existing mention (`mentionId`) it points the mention at
 * another entity.
 */
import { useState, type FormEvent } from 'react'
import { Dialog, DialogActions } from '@renderer/components/Dialog'
import { linkMention, updateAnnotation } from '@renderer/editor/annotations'
import { EntityCombobox, exactEntity, type EntityChoice } from './EntityCombobox'
import { QuotedText, runCommand, spanText, useEntities, useAnnotationDialog } from './dialogKit'

/** Props of {@link LinkDialog}: a range to tag, or a mention to re-point. */
export interface LinkDialogProps {
  range?: { from: number; to: number }
  mentionId?: string
  onClose(): void
}

/** Pick an entity for a range or a mention. */
export function LinkDialog(props: LinkDialogProps) {
  const { t, view, session, layer, types } = useAnnotationDialog()
  const { list, counts } = useEntities()
  const existing = props.mentionId ? layer.annotations.get(props.mentionId) : undefined
  const mention = existing?.kind === 'mention' ? existing : undefined
  const [query, setQuery] = useState('')
  const [choice, setChoice] = useState<EntityChoice | null>(null)
  const [error, setError] = useState<string | null>(null)

  const text = spanText(view, mention, props.range)

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    const entity = choice?.kind === 'entity' ? choice.entity : exactEntity(list, query)
    if (!entity) {
      setError(list.length ? t.noEntities : t.noEntitiesYet)
      return
    }
    const done = mention
      ? runCommand(view, updateAnnotation(mention.id, { entityId: entity.id }))
      : props.range
        ? runCommand(view, linkMention(entity, { range: props.range }))
        : false
    if (done) session?.notify((m) => m.linked(text, entity.name))
    else if (!mention) {
      setError(session?.getNotice()?.text(t) ?? t.noEntities)
      return
    }
    props.onClose()
  }

  return (
    <Dialog title={mention ? t.changeEntityHeading : t.linkHeading} onClose={props.onClose}>
      <form className="dialog-form annotate-form" onSubmit={onSubmit} noValidate>
        <QuotedText label={t.selectedText} text={text} />
        <EntityCombobox
          offerLibrary={!mention}
          label={t.entityLabel}
          hint={t.entityHint}
          entities={list}
          types={types}
          counts={counts}
          query={query}
          onQueryChange={(q) => {
            setQuery(q)
            setError(null)
          }}
          choice={choice}
          onChoose={setChoice}
          error={error}
          emptyText={list.length ? t.noEntities : t.noEntitiesYet}
          autoFocus
        />
        <DialogActions
          cancel={{ label: t.cancel, onClick: props.onClose }}
          confirm={{ label: t.linkConfirm }}
        />
      </form>
    </Dialog>
  )
}
