import { useEffect, useState } from 'react';
import { localDay } from '../../../../shared/domain/dates';

/** Today's local calendar day, moving on by itself when the day changes while the page is open. */
export function useToday(): string {
  const [today, setToday] = useState(() => localDay());
  useEffect(() => {
    const timer = window.setInterval(() => setToday(localDay()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return today;
}
