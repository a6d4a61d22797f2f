import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { notificationPermission } from '../browser/notifications';

export type Permission = Awaited<ReturnType<typeof notificationPermission>>;

/**
 * Whether the browser lets the extension notify, asked again whenever the page comes back into view
 * (the user may have changed it in another tab) and when the caller says so. `unknown` where the
 * browser cannot tell.
 */
export function usePermission(): [Permission, () => void] {
  const [permission, setPermission] = useState<Permission>('unknown');
  const mounted = useRef(true);
  const check = useCallback(() => {
    void notificationPermission().then((level) => {
      if (mounted.current) setPermission(level);
    });
  }, []);
  useEffect(() => {
    mounted.current = true;
    check();
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      mounted.current = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [check]);
  return [permission, check];
}
