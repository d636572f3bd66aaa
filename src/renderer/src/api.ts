/**
 * The renderer's one way to reach the main process: the typed {@link NewsroomApi}.
 *
 * In Electron the preload exposes it as `window.newsroom`. In a plain browser (the loopback
 * web host used by the end-to-end tests and `npm run dev:web`) there is no preload, so the
 * same API is served over HTTP: `POST /api/<channel>` with a JSON body and the per-run token
 * the host put in a `<meta>` tag. Either way every call resolves to a `Result`; a network or
 * protocol failure becomes an error result, never a thrown exception.
 */
import {
  AppErrorShape,
  CHANNELS,
  type Channel,
  type NewsroomApi,
  type Result
} from '@shared/contract'
import { API_PREFIX, TOKEN_HEADER, TOKEN_META_NAME } from '@shared/webHost'

/** The subset of `fetch` the HTTP client needs (so tests can pass a fake). */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string }
) => Promise<{ status: number; text(): Promise<string> }>

/** Options of {@link createHttpApi}. */
export interface HttpApiOptions {
  /** The per-run token the host injected into the page. */
  token: string
  /** Origin or path prefix of the host; '' means the page's own origin. */
  baseUrl?: string
  fetch?: FetchLike
}

function failure(code: AppErrorShape['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } }
}

/**
 * Reads a host answer as a `Result`: the body is the JSON result whatever the HTTP status;
 * anything else (an HTML error page, a proxy's answer) becomes a typed error.
 */
export function parseHostAnswer(channel: Channel, status: number, body: string): Result<unknown> {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    parsed = undefined
  }
  if (parsed && typeof parsed === 'object' && 'ok' in parsed) {
    const answer = parsed as { ok: unknown; value?: unknown; error?: unknown }
    if (answer.ok === true && 'value' in answer) return { ok: true, value: answer.value }
    if (answer.ok === false) {
      const error = AppErrorShape.safeParse(answer.error)
      if (error.success) return { ok: false, error: error.data }
    }
  }
  if (status === 401 || status === 403) {
    return failure(
      'forbidden',
      `The app's host refused ${channel} (HTTP ${status}). Reload the page.`
    )
  }
  return failure('io', `The app's host gave an unreadable answer to ${channel} (HTTP ${status}).`)
}

/** The contract served over HTTP by the loopback web host. */
export function createHttpApi(options: HttpApiOptions): NewsroomApi {
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init))
  const base = options.baseUrl ?? ''
  const call = async (channel: Channel, request: unknown): Promise<Result<unknown>> => {
    let status: number
    let body: string
    try {
      const response = await doFetch(`${base}${API_PREFIX}${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: options.token },
        body: JSON.stringify(request ?? {})
      })
      status = response.status
      body = await response.text()
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return failure('io', `Could not reach the app's host for ${channel}: ${reason}`)
    }
    return parseHostAnswer(channel, status, body)
  }
  const api: Partial<Record<Channel, (request: unknown) => Promise<Result<unknown>>>> = {}
  for (const channel of CHANNELS) api[channel] = (request) => call(channel, request)
  return api as NewsroomApi
}

/** The token the web host injected as `<meta name="newsroom-token">`, or null. */
export function readHostToken(doc: Document): string | null {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META_NAME}"]`)
  return meta?.content || null
}

let cached: NewsroomApi | undefined

/** The API for this window: the preload's bridge in Electron, else the web host's HTTP API. */
export function getApi(): NewsroomApi {
  if (!cached) {
    cached = window.newsroom ?? createHttpApi({ token: readHostToken(document) ?? '' })
  }
  return cached
}
