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
