import type { TrafficOutcome } from './model';

/**
 * One request as the browser reports it to an observer: the status of an answer (webRequest `onCompleted`), or
 * the error of a request that got none (`onErrorOccurred`). Nothing else of the request is looked at.
 */
export type Observation = { statusCode: number } | { error: string };

/**
 * Errors that are no failure of the assistant: the user (or the page) stopped the request, the browser is
 * offline, or an extension blocked it. Chromium's `net::ERR_*` and Firefox's `NS_*` names.
 */
const NOT_THEIRS = new Set([
  'net::ERR_ABORTED',
  'NS_BINDING_ABORTED',
  'net::ERR_INTERNET_DISCONNECTED',
  'NS_ERROR_OFFLINE',
  'net::ERR_NETWORK_CHANGED',
  'net::ERR_NETWORK_IO_SUSPENDED',
  'net::ERR_BLOCKED_BY_CLIENT',
  'net::ERR_BLOCKED_BY_ADMINISTRATOR',
  'NS_ERROR_ABORT',
]);

/**
 * Errors of a request that reached for the service and got no whole answer: the connection reset, refused or
 * timed out, the name not found, a protocol error. The user's own network can cause these too; that is told
 * apart by failures at every assistant at once (traffic/rule), not here.
 */
const NETWORK = new Set([
  'net::ERR_CONNECTION_RESET',
  'net::ERR_CONNECTION_CLOSED',
  'net::ERR_CONNECTION_REFUSED',
  'net::ERR_CONNECTION_TIMED_OUT',
  'net::ERR_CONNECTION_FAILED',
  'net::ERR_TIMED_OUT',
  'net::ERR_EMPTY_RESPONSE',
  'net::ERR_NAME_NOT_RESOLVED',
  'net::ERR_ADDRESS_UNREACHABLE',
  'net::ERR_HTTP2_PROTOCOL_ERROR',
  'net::ERR_QUIC_PROTOCOL_ERROR',
  'net::ERR_SSL_PROTOCOL_ERROR',
  'net::ERR_INCOMPLETE_CHUNKED_ENCODING',
  'NS_ERROR_NET_RESET',
  'NS_ERROR_NET_TIMEOUT',
  'NS_ERROR_NET_INTERRUPT',
  'NS_ERROR_NET_PARTIAL_TRANSFER',
  'NS_ERROR_CONNECTION_REFUSED',
  'NS_ERROR_UNKNOWN_HOST',
  'NS_ERROR_PROXY_CONNECTION_REFUSED',
]);

/** Anthropic's "overloaded" answer; a status no other meaning is known for. */
const OVERLOADED = 529;
const TOO_MANY_REQUESTS = 429;

/**
 * What a request says about the assistant, or undefined when it says nothing: an abort, being offline, a 401
 * or 403 (logged out), any other 4xx (the request's own fault), an error name not known. Unknown is left out,
 * never counted as a failure: a false alarm costs more than a late one.
 */
export function classify(observation: Observation): TrafficOutcome | undefined {
  if ('error' in observation) {
    const name = observation.error.trim();
    if (NOT_THEIRS.has(name)) return undefined;
    return NETWORK.has(name) ? 'network' : undefined;
  }
  const status = observation.statusCode;
  if (!Number.isInteger(status)) return undefined;
  if (status === OVERLOADED) return 'overloaded';
  if (status >= 500 && status <= 599) return 'server_error';
  if (status === TOO_MANY_REQUESTS) return 'rate_limited';
  if (status >= 200 && status <= 399) return 'ok';
  return undefined;
}
