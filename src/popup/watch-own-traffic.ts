import { requestOwnTrafficPermission } from '../browser/permissions';
import { requestOwnTrafficOn } from '../browser/requests';

/**
 * Turns on watching the user's own requests to one assistant, from the popup's click: access asked for at once
 * (browsers grant optional access only on a user gesture), the worker told at once and again once granted.
 * Firefox may close the popup as its prompt opens; the worker then turns it on by itself when the grant comes
 * (background/own-traffic-switch). Answers whether the browser granted it. In the detail's chunk: only a click
 * in an opened row calls it.
 */
export function watchOwnTraffic(providerId: string, pattern: string): Promise<boolean> {
  const granted = requestOwnTrafficPermission(pattern);
  const tell = () =>
    requestOwnTrafficOn(providerId).catch((error: unknown) =>
      console.error('AI Outage Radar: could not tell the worker to watch', providerId, error),
    );
  void tell();
  return granted.then(
    (yes) => {
      if (yes) void tell();
      return yes;
    },
    (error: unknown) => {
      console.error('AI Outage Radar: the request for access to', pattern, 'failed', error);
      return false;
    },
  );
}
