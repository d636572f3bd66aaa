/**
 * Calls to the handlers as the IPC registration and the web host make them (request and
 * response parsed by `dispatch`), for tests that drive main through the contract.
 */
import {
  dispatch,
  type Channel,
  type ContractHandlers,
  type RequestOf,
  type Result,
  type ResponseOf
} from '@shared/contract'

/** `call` answers the typed result; `value` the value, throwing on an error result. */
export function contractCalls(handlers: () => ContractHandlers) {
  function call<C extends Channel>(
    channel: C,
    request: RequestOf<C>
  ): Promise<Result<ResponseOf<C>>> {
    return dispatch(channel, request, handlers()[channel])
  }
  async function value<C extends Channel>(
    channel: C,
    request: RequestOf<C>
  ): Promise<ResponseOf<C>> {
    const result = await call(channel, request)
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`)
    return result.value
  }
  return { call, value }
}
