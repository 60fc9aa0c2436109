import { useEffect } from 'react';

/** Names the page in the browser tab and for screen readers, which announce the title on navigation. */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} – Helhet` : 'Helhet';
  }, [title]);
}
