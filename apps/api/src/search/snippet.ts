// Highlighted text for search hits. PostgreSQL's ts_headline marks the matches with two private-use
// characters (removed from the text beforehand, so only the marks are left of them), and the text is
// split here into plain and highlighted parts: clients never parse markup built from stored text.

/** What ts_headline puts before and after each match. */
export const highlightMarks = { start: '\uE000', stop: '\uE001' } as const;

export interface SnippetPart {
  text: string;
  highlighted: boolean;
}

/** Splits ts_headline output at the marks; empty parts are left out. */
export function highlightedParts(headline: string): SnippetPart[] {
  const { start, stop } = highlightMarks;
  // With a capturing group, split puts every highlighted run at an odd index.
  return headline
    .split(new RegExp(`${start}([^${stop}]*)${stop}`, 'u'))
    .map((text, index) => ({ text, highlighted: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The parts as HTML: the text escaped, the highlighted runs in `<mark>`. */
export function snippetHtml(parts: SnippetPart[]): string {
  return parts
    .map(({ text, highlighted }) => {
      const escaped = text.replace(/[&<>"']/g, (char) => htmlEntities[char] ?? char);
      return highlighted ? `<mark>${escaped}</mark>` : escaped;
    })
    .join('');
}
