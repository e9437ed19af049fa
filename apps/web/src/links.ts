// Addresses that come from the API (sources, actors' links, datasets' landing pages) are linked only
// when they are web pages.

/** The address when it is a web page (http or https); anything else (javascript:, data:, junk) is not linked. */
export function httpUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The dashboard's page of an actor or a policy; slugs are encoded like any text in a path. */
export const actorPath = (slug: string) => `/actors/${encodeURIComponent(slug)}`;
export const policyPath = (slug: string) => `/policies/${encodeURIComponent(slug)}`;
