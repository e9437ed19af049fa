// Filters live in the query string, so every view is a shareable URL and the back button works.
import { useCallback } from 'react';
import { useSearchParams } from 'wouter';

export type ParamValue = string | readonly string[] | undefined;

export interface QueryParams {
  /** One value ('' when absent). */
  get(name: string): string;
  /** Every value of a repeated parameter (`?component=USBP&component=OFO`). */
  getAll(name: string): string[];
  /** Sets the named parameters (undefined, '' or [] removes one) and keeps the others. */
  update(changes: Record<string, ParamValue>): void;
}

export function useQueryParams(): QueryParams {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: Record<string, ParamValue>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(changes)) {
            next.delete(name);
            for (const item of typeof value === 'string' ? [value] : (value ?? [])) {
              if (item !== '') next.append(name, item);
            }
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { get: (name) => params.get(name) ?? '', getAll: (name) => params.getAll(name), update };
}
