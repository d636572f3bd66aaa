/**
 * The desk settings of this app: the desk's address, the editor's name on the desk and their
 * access token, kept in `desk.json` in the app's user data (not in the library folder, which
 * is backed up and may be copied: the token is a password). Only main reads the token.
 */
import { chmod, mkdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { writeFileDurably } from '../library/durableFile'

export const DeskSettings = z.object({
  url: z.string(),
  name: z.string(),
  token: z.string()
})
export type DeskSettings = z.infer<typeof DeskSettings>

export const NO_DESK: DeskSettings = { url: '', name: '', token: '' }

/** Where the desk settings live in a user data folder. */
export function deskSettingsPath(userDataDir: string): string {
  return join(userDataDir, 'desk.json')
}

/** The settings saved at `path`; none when the file is missing or unreadable (then logged). */
export async function readDeskSettings(
  path: string,
  log: (message: string) => void
): Promise<DeskSettings> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return NO_DESK
  }
  try {
    return DeskSettings.parse(JSON.parse(text))
  } catch (error) {
    log(`The desk settings in ${path} could not be read, so no desk is used: ${String(error)}`)
    return NO_DESK
  }
}

/** Saves the settings durably, readable by this user only. */
export async function writeDeskSettings(path: string, settings: DeskSettings): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFileDurably(path, JSON.stringify(settings, null, 2) + '\n')
  await chmod(path, 0o600).catch(() => undefined)
}

/** Whether the settings name a desk this app can connect to. */
export function isComplete(settings: DeskSettings): boolean {
  return Boolean(settings.url && settings.name && settings.token)
}
