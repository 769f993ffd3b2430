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

/** The longest subject line we send; a title longer than this is cut with an ellipsis. */
export const EMAIL_SUBJECT_MAX_LENGTH = 120;

/**
 * Where the product itself links in notification text: the requirement catalogue's guidance pages (GOV.UK, the
 * CQC, the ICO, the HSE, the Food Standards Agency). A link to one of these is kept as it is.
 */
const TRUSTED_LINK = /^https:\/\/(?:[a-z0-9-]+\.)*(?:gov\.uk|cqc\.org\.uk|ico\.org\.uk)(?:\/[^\s]*)?$/i;

/**
 * A whole notification body for email: paragraphs are kept, but no control or format characters, and nothing
 * a person wrote inside it (a message, a note, a reason) can look like a link: the same scheme and dot rules as
 * `quoteInEmail`. The catalogue's own guidance links (TRUSTED_LINK) stay; our other links are added after this.
 */
export function bodyForEmail(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\p{Cf}\u2028\u2029]|[^\P{Cc}\n]/gu, ' ')
    .split(/(\s+)/)
    .map((word) =>
      TRUSTED_LINK.test(word.replace(/[.,;:!?)]+$/, ''))
        ? word
        : word.replace(/\b[a-z][a-z0-9+.-]*:\/+/gi, '').replace(/\.(?=\p{L})/gu, '. '),
    )
    .join('');
}
