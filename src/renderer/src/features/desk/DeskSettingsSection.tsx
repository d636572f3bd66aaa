/**
 * The Desk section of Settings: the desk's address (ws:// or wss://, said plainly when it is
 * not), the editor's name on the desk and their access token. The token is typed once and
 * never shown again: main keeps it and tells only whether one is saved. Saved with the rest
 * of the settings by the dialog's Save button, through {@link useDeskSettingsForm}.
 */
import { useEffect, useId, useState } from 'react'
import type { Result } from '@shared/contract'
import { deskAddressProblem, type DeskSettingsView } from '@shared/desk/deskSchemas'
import { TextField } from '@renderer/components/Field'
import { useApi } from '@renderer/apiContext'
import { useT } from '@renderer/i18n/I18n'
import { useUiState } from '@renderer/store/StoreContext'

/** The desk fields of the settings form, and how to save them. */
export interface DeskSettingsForm {
  url: string
  name: string
  token: string
  forgetToken: boolean
  tokenSet: boolean
  /** Shown once the address was left or the form submitted. */
  showProblems: boolean
  addressInvalid: boolean
  set(change: Partial<Pick<DeskSettingsForm, 'url' | 'name' | 'token' | 'forgetToken'>>): void
  reveal(): void
  /** Saves when something changed; null when nothing did. */
  save(): Promise<Result<DeskSettingsView> | null>
}

export function useDeskSettingsForm(): DeskSettingsForm {
  const api = useApi()
  const authorName = useUiState((s) => s.settings.authorName)
  const [saved, setSaved] = useState<DeskSettingsView | null>(null)
  const [fields, setFields] = useState({ url: '', name: '', token: '', forgetToken: false })
  const [showProblems, setShowProblems] = useState(false)

  useEffect(() => {
    let live = true
    void api.getDeskSettings({}).then((result) => {
      if (!live || !result.ok) return
      setSaved(result.value)
      setFields((f) => ({
        ...f,
        url: result.value.url,
        name: result.value.name || authorName
      }))
    })
    return () => {
      live = false
    }
    // The saved settings are read once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api])

  const addressInvalid = deskAddressProblem(fields.url) !== null
  return {
    ...fields,
    tokenSet: saved?.tokenSet ?? false,
    showProblems,
    addressInvalid,
    set: (change) => setFields((f) => ({ ...f, ...change })),
    reveal: () => setShowProblems(true),
    async save() {
      if (!saved) return null
      const token = fields.token.trim()
      const changed =
        fields.url.trim() !== saved.url ||
        fields.name.trim() !== saved.name ||
        token !== '' ||
        fields.forgetToken
      if (!changed) return null
      const result = await api.saveDeskSettings({
        url: fields.url,
        name: fields.name,
        ...(token ? { token } : fields.forgetToken ? { token: '' } : {})
      })
      if (result.ok) {
        setSaved(result.value)
        setFields((f) => ({ ...f, token: '', forgetToken: false }))
      }
      return result
    }
  }
}

/** The Desk section of the settings form. */
export function DeskSettingsSection(props: { form: DeskSettingsForm }) {
  const t = useT()
  const { form } = props
  const headingId = useId()
  const hintId = useId()
  return (
    <section className="settings-section" aria-labelledby={headingId} aria-describedby={hintId}>
      <h3 id={headingId} className="settings-heading">
        {t.deskHeading}
      </h3>
      <p id={hintId} className="field-hint">
        {t.deskHint}
      </p>
      <TextField
        label={t.deskAddress}
        hint={t.deskAddressHint}
        error={form.showProblems && form.addressInvalid ? t.deskAddressInvalid : null}
        value={form.url}
        onValue={(url) => form.set({ url })}
        onBlur={() => form.reveal()}
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        placeholder="wss://"
      />
      <TextField
        label={t.deskName}
        value={form.name}
        onValue={(name) => form.set({ name })}
        maxLength={80}
        autoComplete="name"
      />
      <TextField
        label={t.deskToken}
        hint={form.tokenSet && !form.forgetToken ? t.deskTokenSet : t.deskTokenHint}
        value={form.token}
        onValue={(token) => form.set({ token, forgetToken: false })}
        type="password"
        autoComplete="off"
        spellCheck={false}
      />
      {form.tokenSet && (
        <label className="desk-forget">
          <input
            type="checkbox"
            checked={form.forgetToken}
            onChange={(e) => form.set({ forgetToken: e.target.checked, token: '' })}
          />
          {t.deskForgetToken}
        </label>
      )}
    </section>
  )
}
