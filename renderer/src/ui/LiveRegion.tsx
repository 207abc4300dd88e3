import { useEffect, useState } from 'react';
import { onAnnounce } from './announce';

/**
 * The app's one polite live region. A repeated message is still read: the text alternates with a
 * zero-width space so the region's content always changes.
 */
export function LiveRegion() {
  const [message, setMessage] = useState({ text: '', n: 0 });
  useEffect(
    () =>
      onAnnounce((text) => {
        setMessage((old) => ({ text, n: old.n + 1 }));
      }),
    [],
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {message.text ? `${message.text}${message.n % 2 ? '' : '\u200b'}` : ''}
    </div>
  );
}
