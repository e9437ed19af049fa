// Filters live in the query string, so every view is a shareable URL and the back button works.
import { useCallback, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
// The raw `location.search`: wouter's own useSearch unescapes it first, and URLSearchParams would
// then decode it a second time (`?q=%2541` would search for "A").
import { useSearch } from 'wouter/use-browser-location';

export type ParamValue = string | readonly string[] | undefined;

export interface UpdateOptions {
  /**
   * Replace the current history entry instead of adding one: for changes made while typing, or for
   * a correction the reader did not ask for. Discrete choices (a select, a click, a submitted search)
   * add an entry, so Back undoes them.
   */
  replace?: boolean;
}

export interface QueryParams {
  /** One value ('' when absent). */
  get(name: string): string;
  /** Every value of a repeated parameter (`?component=USBP&component=OFO`). */
  getAll(name: string): string[];
  /** Sets the named parameters (undefined, '' or [] removes one) and keeps the others. */
  update(changes: Record<string, ParamValue>, options?: UpdateOptions): void;
  /** The address `update(changes)` would go to: for links (middle-click, copy) that make the same change. */
  hrefWith(changes: Record<string, ParamValue>): string;
}

export function useQueryParams(): QueryParams {
  const [path, navigate] = useLocation();
  const search = useSearch();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const hrefWith = useCallback(
    (changes: Record<string, ParamValue>) => {
      // From the address itself, so two updates in one event both count.
      const next = new URLSearchParams(location.search);
      for (const [name, value] of Object.entries(changes)) {
        next.delete(name);
        for (const item of typeof value === 'string' ? [value] : (value ?? [])) {
          if (item !== '') next.append(name, item);
        }
      }
      const query = next.toString();
      return query ? `${path}?${query}` : path;
    },
    [path],
  );
  const update = useCallback(
    (changes: Record<string, ParamValue>, { replace = false }: UpdateOptions = {}) =>
      navigate(hrefWith(changes), { replace }),
    [hrefWith, navigate],
  );
  return { get: (name) => params.get(name) ?? '', getAll: (name) => params.getAll(name), update, hrefWith };
}

/**
 * An input's text while the reader edits it, starting from (and following) the value in the URL:
 * Back, a link or another filter that changes the URL replaces the draft.
 */
export function useDraft(value: string): [string, (draft: string) => void] {
  const [draft, setDraft] = useState(value);
  const [followed, setFollowed] = useState(value);
  if (followed !== value) {
    setFollowed(value);
    setDraft(value);
  }
  return [draft, setDraft];
}
