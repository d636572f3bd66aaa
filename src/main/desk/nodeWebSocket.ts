/**
 * How the app connects to the desk from main: the WebSocket Node lacks, how it tries again,
 * and the one connection every shared article and the catalogue go through.
 */
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'

/**
 * WebSocket for the provider in Node: `ws` reports closing a socket that is still connecting
 * as an 'error' event, which Node throws when nobody listens; the provider hears of the
 * failure through its own handlers.
 */
export class NodeWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args)
    this.on('error', () => undefined)
  }
}

/** How every desk connection of the app connects and tries again. */
export const DESK_SOCKET = {
  WebSocketPolyfill: NodeWebSocket,
  // Try again soon after the desk comes back, rather than backing off for half a minute.
  delay: 500,
  minDelay: 500,
  maxDelay: 3000
}

/**
 * One connection to the desk at `url`, for every document this app syncs with it: Hocuspocus
 * carries several documents over one WebSocket, so a library with many shared articles holds
 * one connection, not one per article.
 */
export function deskSocket(url: string): HocuspocusProviderWebsocket {
  // The socket options the provider's types leave out (the polyfill, the retry delays).
  return new HocuspocusProviderWebsocket({
    url,
    ...DESK_SOCKET
  } as unknown as ConstructorParameters<typeof HocuspocusProviderWebsocket>[0])
}

/**
 * What a provider is given to reach the desk: the shared connection when there is one (the
 * provider must then be attached to it), else the address, for a connection of its own.
 */
export function deskConnection(options: {
  url: string
  socket?: HocuspocusProviderWebsocket
}): Record<string, unknown> {
  return options.socket
    ? { websocketProvider: options.socket }
    : { url: options.url, ...DESK_SOCKET }
}
