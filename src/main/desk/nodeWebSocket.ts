/** The WebSocket the Hocuspocus provider uses in main, where Node has none of its own. */
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
