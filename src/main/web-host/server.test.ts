import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TOKEN_HEADER } from '@shared/webHost'
import { startWebHost, type WebHost } from './server'

let root: string
let host: WebHost | undefined
const logged: string[] = []

/** A channel's answer; loosely typed, the contract's own tests check the shapes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = { ok: boolean; value?: any; error?: { code: string; message: string } }

async function call(channel: string, body: unknown): Promise<Answer> {
  if (!host) throw new Error('no host')
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
    body: JSON.stringify(body)
  })
  return (await response.json()) as Answer
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'web-host-server-'))
  await mkdir(join(root, 'renderer'))
  await writeFile(
    join(root, 'renderer', 'index.html'),
    '<!doctype html><html><head></head><body></body></html>'
  )
  logged.length = 0
})

afterEach(async () => {
  await host?.close()
  host = undefined
  await rm(root, { recursive: true, force: true })
})

describe('startWebHost', () => {
  it('serves the real library on disk: the sample, a new article, and its file', async () => {
    const folder = join(root, 'library')
    host = await startWebHost({
      folder,
      rendererDir: join(root, 'renderer'),
      log: (m) => logged.push(m)
    })
    const listing = await call('listLibrary', {})
    expect(listing.ok).toBe(true)
    expect(listing.value.articles.map((a: { title: string }) => a.title)).toEqual([
      'Scale AI promet son indépendance malgré la participation de 14,3 G$ de Meta'
    ])
    const created = await call('createArticle', { text: 'Budget vote\n\nThe council voted.' })
    expect(created.ok).toBe(true)
    expect(await readdir(join(folder, 'articles'))).toContain(`${created.value.id}.json`)
    const opened = await call('openArticle', { id: created.value.id })
    expect(opened.value.blocks).toEqual([
      { type: 'headline', text: 'Budget vote' },
      { type: 'paragraph', text: 'The council voted.' }
    ])
  })

  it('has no system browser: openExternal answers opened false and logs why', async () => {
    host = await startWebHost({
      folder: join(root, 'library'),
      rendererDir: join(root, 'renderer'),
      log: (m) => logged.push(m)
    })
    expect(await call('openExternal', { url: 'https://example.com/a' })).toEqual({
      ok: true,
      value: { opened: false }
    })
    expect(logged.join('\n')).toContain('https://example.com/a')
  })

  it('says to build first when the renderer is missing', async () => {
    await expect(
      startWebHost({ folder: join(root, 'library'), rendererDir: join(root, 'nowhere') })
    ).rejects.toThrow(/npm run build/)
  })
})
