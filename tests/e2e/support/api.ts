/**
 * Calls a contract channel the way the running app's page does: through the preload in
 * Electron, over the web host's HTTP (with the page's token) otherwise. For specs that check
 * what the main process answers to requests the UI would never send.
 */
import type { Page } from '@playwright/test'
import { API_PREFIX, TOKEN_HEADER, TOKEN_META_NAME } from '../../../src/shared/webHost'
import type { HostKind } from './host'

/** What a channel answered: a `Result`, as JSON. */
export type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string } }

export async function callChannel(
  page: Page,
  hostKind: HostKind,
  channel: string,
  request: unknown
): Promise<Answer> {
  if (hostKind === 'electron') {
    return page.evaluate(
      ([name, body]) =>
        (
          window as unknown as { newsroom: Record<string, (r: unknown) => Promise<Answer>> }
        ).newsroom[name](body),
      [channel, request] as const
    )
  }
  const token = await page.locator(`meta[name="${TOKEN_META_NAME}"]`).getAttribute('content')
  const response = await fetch(new URL(`${API_PREFIX}${channel}`, page.url()), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token ?? '' },
    body: JSON.stringify(request)
  })
  return (await response.json()) as Answer
}
