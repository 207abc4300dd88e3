import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs` while `active` (for a running clock). */
export function useNow(active: boolean, intervalMs = 500): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}
