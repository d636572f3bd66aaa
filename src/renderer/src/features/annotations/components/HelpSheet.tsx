/**
 * The help sheet (? or the Help button, or the app menu's "Keyboard shortcuts"): every key of
 * the annotation feature, read from the same table as the key bindings and the toolbar, and
 * the entity types' keys as the settings have them now.
 */
import { useT } from '@renderer/i18n/I18n'
import { useId, type ReactNode } from 'react'
import { Dialog, DialogActions } from '@renderer/components/Dialog'
import { useUiState } from '@renderer/store/StoreContext'
import { typeClass } from '@renderer/editor/annotations'
import { typeLabel } from '../describe'
import { ACTION_KEYS, EDIT_TEXT_KEY, historyChords, isMac, singleKey } from '../shortcuts'

interface Row {
  keys: string[]
  action: string
}

function Keys(props: { keys: string[] }) {
  return (
    <>
      {props.keys.map((k, i) => (
        <span key={k}>
          {i > 0 && ' / '}
          <kbd>{k}</kbd>
        </span>
      ))}
    </>
  )
}

/** A tooltip's text without its key in brackets: the sheet shows the key beside it. */
export function withoutKey(text: string): string {
  return text.replace(/\s*\([^()]*\)$/, '')
}

function Section(props: {
  title: string
  rows: Row[]
  keyHeading: string
  actionHeading: string
  children?: ReactNode
}) {
  return (
    <section className="help-section">
      <h3>{props.title}</h3>
      {props.children}
      <table className="help-table">
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{props.keyHeading}</th>
            <th scope="col">{props.actionHeading}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.action}>
              <td>
                <Keys keys={row.keys} />
              </td>
              <td>{withoutKey(row.action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

/** The keyboard shortcuts dialog. */
export function HelpSheet(props: { onClose(): void }) {
  const t = useT()
  const types = useUiState((s) => s.settings.entityTypes)
  const mac = isMac()
  const chords = historyChords(mac)
  const key = (k: string) => singleKey(k).label
  const word = mac ? '⌥' : 'Ctrl+'
  const shift = mac ? '⇧' : 'Shift+'

  const annotate: Row[] = [
    { keys: [key(ACTION_KEYS.quote)], action: t.quoteTip },
    { keys: [key(ACTION_KEYS.link)], action: t.linkTip },
    { keys: [key(ACTION_KEYS.note)], action: t.noteTip },
    { keys: [key(ACTION_KEYS.claim)], action: t.claimTip },
    { keys: [key(ACTION_KEYS.tagAll)], action: t.tagAllTip },
    { keys: [key(ACTION_KEYS.reattach)], action: t.reattachTip }
  ]
  const other: Row[] = [
    { keys: [key(ACTION_KEYS.inspect)], action: t.inspectTip },
    { keys: [chords.undo.label], action: t.undoTip(chords.undo.label) },
    {
      keys: [chords.redo.label, chords.redoAlt.label],
      action: t.redoTip(chords.redo.label, chords.redoAlt.label)
    },
    { keys: [EDIT_TEXT_KEY], action: t.editTextTip },
    { keys: ['Esc'], action: t.helpEscape },
    { keys: [key(ACTION_KEYS.help)], action: t.helpTip }
  ]
  const moving: Row[] = [
    { keys: ['←', '→', `${word}←`, `${word}→`], action: t.helpMove },
    { keys: [`${shift}←`, `${shift}→`, `${shift}${word}→`], action: t.helpExtend },
    { keys: ['↑', '↓', `${shift}↓`], action: t.helpLine },
    { keys: ['Home', 'End', `${shift}End`], action: t.helpHomeEnd },
    { keys: ['Tab', `${shift}Tab`], action: t.helpTab },
    { keys: ['←', '→'], action: t.helpToolbarArrows }
  ]
  const typesId = useId()
  const headings = { keyHeading: t.helpKey, actionHeading: t.helpActionColumn }

  return (
    <Dialog title={t.helpHeading} onClose={props.onClose}>
      <div className="help-sheet">
        <p className="dialog-body">{t.helpIntro}</p>
        <Section title={t.helpAnnotate} rows={annotate} {...headings}>
          <p className="help-types-label" id={typesId}>
            {t.helpTypes}
          </p>
          <ul className="help-types" aria-labelledby={typesId}>
            {types.map((type) => (
              <li key={type.id}>
                <kbd>{key(type.key)}</kbd>
                <span className={`type-dot ${typeClass(type.id)}`} aria-hidden="true" />
                {typeLabel(type.id, types, t)}
              </li>
            ))}
          </ul>
        </Section>
        <Section title={t.helpOther} rows={other} {...headings} />
        <Section title={t.helpSelect} rows={moving} {...headings} />
      </div>
      <DialogActions confirm={{ label: t.helpClose, onClick: props.onClose, autoFocus: true }} />
    </Dialog>
  )
}
