/** How much of a person's own text (a budget label, a name) an email sentence quotes. */
export const EMAIL_QUOTE_MAX_LENGTH = 60;

/**
 * Text a person wrote (budget labels, names, notes), made safe to stand inside a sentence of an email we send:
 * one line (no line breaks or other control characters, so it cannot start a paragraph of its own), at most
 * `maxLength` characters, and never a link (no scheme, and a space after each dot, so mail programs do not
 * turn "pay-here.example" into something to click that the product did not write).
 */
export function quoteInEmail(text: string, maxLength = EMAIL_QUOTE_MAX_LENGTH): string {
  const oneLine = text
    // Control, format (bidi overrides, zero-width) and line/paragraph separators become spaces.
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, ' ')
    .replace(/\b[a-z][a-z0-9+.-]*:\/+/gi, '')
    .replace(/\.(?=\p{L})/gu, '. ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...oneLine];
  if (chars.length <= maxLength) return oneLine;
  return `${chars
    .slice(0, maxLength - 1)
    .join('')
    .trimEnd()}…`;
}
