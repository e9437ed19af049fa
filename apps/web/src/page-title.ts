import { useEffect } from 'react';

/** Names the page in the browser's tab and history, and for screen readers announcing the navigation. */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Borderdesk` : 'Borderdesk';
  }, [title]);
}
