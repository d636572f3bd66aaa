/**
 * What crosses the contract about the desk: the desk settings as the renderer sees them (the
 * access token never goes back to the renderer once saved, only whether one is set), and the
 * sync status of each shared article.
 */
import { z } from 'zod'

/** Longest desk address, editor name and token accepted. */
export const MAX_DESK_URL_CHARS = 2000
export const MAX_DESK_NAME_CHARS = 80
export const MAX_DESK_TOKEN_CHARS = 500

/** Why an address is not a desk address, in words for the user; null when it is one. */
export function deskAddressProblem(address: string): string | null {
  const trimmed = address.trim()
  if (!trimmed) return null
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return 'The desk address must look like wss://desk.example.org (or ws://127.0.0.1:1234 on this machine).'
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    return `The desk address must start with wss:// (or ws://), not ${url.protocol}//.`
  }
  return null
}

/** A desk address: ws:// or wss://, or empty for "no desk". */
export const DeskAddress = z
  .string()
  .max(MAX_DESK_URL_CHARS)
  .transform((s) => s.trim())
  .superRefine((value, ctx) => {
    const problem = deskAddressProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

/** The desk settings as the renderer sees them. */
export const DeskSettingsView = z.object({
  url: z.string(),
  name: z.string(),
  /** Whether an access token is saved (the token itself stays in main). */
  tokenSet: z.boolean()
})
export type DeskSettingsView = z.infer<typeof DeskSettingsView>

/** A change of the desk settings; an absent token leaves the saved one, '' removes it. */
export const DeskSettingsChange = z.object({
  url: DeskAddress,
  name: z
    .string()
    .max(MAX_DESK_NAME_CHARS)
    .transform((s) => s.trim()),
  token: z
    .string()
    .max(MAX_DESK_TOKEN_CHARS)
    .transform((s) => s.trim())
    .optional()
})
export type DeskSettingsChange = z.input<typeof DeskSettingsChange>

/** Another editor's selection in an article's text, in code points. */
export const DeskSelection = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative()
})
export type DeskSelection = z.infer<typeof DeskSelection>

/** How one shared article stands with the desk. */
export const DeskArticleState = z.discriminatedUnion('state', [
  z.object({ state: z.literal('synced') }),
  z.object({ state: z.literal('syncing') }),
  z.object({ state: z.literal('offline'), waiting: z.number().int().nonnegative() }),
  z.object({ state: z.literal('refused'), reason: z.string() })
])
export type DeskArticleState = z.infer<typeof DeskArticleState>

/** One shared article: its status and how many changes from the desk were written so far. */
export const DeskArticleStatus = z.object({
  id: z.string(),
  status: DeskArticleState,
  /** Goes up by one each time others' changes are written to the article file. */
  remoteRevision: z.number().int().nonnegative(),
  /** The desk lets this editor see the article but not change it. */
  readOnly: z.boolean(),
  /** The others who have the article open now, each with their colour. */
  present: z.array(
    z.object({
      name: z.string(),
      color: z.string(),
      /** What they have selected, in code points of the article as this library holds it. */
      selection: DeskSelection.optional()
    })
  ),
  /** This editor has saves of their own to undo, and undone ones to redo, on the desk. */
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** The last change from the desk that was refused (it would have made the article invalid). */
  refusedChange: z.string().optional()
})
export type DeskArticleStatus = z.infer<typeof DeskArticleStatus>

/** The desk as a whole: whether it is set up, the shared articles, the library's changes. */
export const DeskOverview = z.object({
  configured: z.boolean(),
  /** Why the desk is not used in this window (a read-only library), if so. */
  unavailable: z.string().optional(),
  articles: z.array(DeskArticleStatus),
  /** Goes up each time the desk adds an article to the library (shared by someone else). */
  libraryRevision: z.number().int().nonnegative()
})
export type DeskOverview = z.infer<typeof DeskOverview>
