/**
 * The loopback web host's wire protocol, shared by the host (src/main/web-host) and the
 * renderer's HTTP client. The host serves the built renderer and answers each contract
 * channel at `POST {API_PREFIX}{channel}` with a JSON `Result`, only for requests that carry
 * the per-run token and a loopback Host/Origin.
 */

/** Path prefix of the contract endpoints. */
export const API_PREFIX = '/api/'
/** Header carrying the per-run token. */
export const TOKEN_HEADER = 'x-newsroom-token'
/** The host injects the token into index.html as `<meta name=... content=token>`. */
export const TOKEN_META_NAME = 'newsroom-token'
