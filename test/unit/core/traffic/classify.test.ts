import { describe, expect, it } from 'vitest';
import { classify } from '../../../../src/core/traffic/classify';

describe('what one of the user’s requests says about the assistant', () => {
  it('an answer: 5xx is its failure, 529 its overload, 429 the user’s own usage limit, 2xx and 3xx fine', () => {
    expect(classify({ statusCode: 500 })).toBe('server_error');
    expect(classify({ statusCode: 503 })).toBe('server_error');
    expect(classify({ statusCode: 529 })).toBe('overloaded');
    expect(classify({ statusCode: 429 })).toBe('rate_limited');
    expect(classify({ statusCode: 200 })).toBe('ok');
    expect(classify({ statusCode: 304 })).toBe('ok');
  });

  it('says nothing for a 401 or 403 (logged out) or any other 4xx: the request’s own fault, not the service’s', () => {
    for (const statusCode of [400, 401, 403, 404, 409, 413, 422]) expect(classify({ statusCode })).toBeUndefined();
  });

  it('says nothing for the user’s own abort, being offline, or a request an extension blocked, in either browser', () => {
    for (const error of [
      'net::ERR_ABORTED',
      'NS_BINDING_ABORTED',
      'net::ERR_INTERNET_DISCONNECTED',
      'NS_ERROR_OFFLINE',
      'net::ERR_BLOCKED_BY_CLIENT',
    ]) {
      expect(classify({ error })).toBeUndefined();
    }
  });

  it('a connection that failed on the way is a network failure, in either browser; an error name not known says nothing', () => {
    for (const error of ['net::ERR_CONNECTION_RESET', 'net::ERR_TIMED_OUT', 'NS_ERROR_NET_RESET', 'NS_ERROR_NET_TIMEOUT']) {
      expect(classify({ error })).toBe('network');
    }
    expect(classify({ error: 'net::ERR_SOMETHING_NEW' })).toBeUndefined();
    expect(classify({ statusCode: Number.NaN })).toBeUndefined();
  });
});
