/**
 * What an evidence file may be (issue 15, docs/compliance.md "Evidence files"). Pure, so the website's upload
 * form says the same limits and offers the same types as the API enforces.
 */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const MAX_EVIDENCE_FILES_PER_ITEM = 20;

/** The types accepted, as file-type names them from the bytes, with the words people see. */
export const EVIDENCE_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/heic': 'HEIC',
};

/** For an `<input type="file" accept>`: the phone offers its camera for the image types. */
export const EVIDENCE_ACCEPT = 'image/jpeg,image/png,image/heic,application/pdf,.pdf,.jpg,.jpeg,.png,.heic';

export const EVIDENCE_TYPE_PROBLEM = 'The file must be a PDF, JPEG, PNG or HEIC.';
export const EVIDENCE_TOO_LARGE_PROBLEM = 'The file must be smaller than 10 MB.';
export const EVIDENCE_EMPTY_PROBLEM = 'The file is empty. Choose the photo or document again.';
export const EVIDENCE_MISSING_PROBLEM = 'Select a photo or document to upload.';
export const EVIDENCE_TOO_MANY_PROBLEM = `An item can hold at most ${MAX_EVIDENCE_FILES_PER_ITEM} files. Remove one before adding another.`;

const EXTENSION_BY_TYPE: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/heic': 'heic',
};

/**
 * The name shown to people and sent in Content-Disposition: the client's base name with control characters,
 * path separators, quotes and other punctuation replaced, at most 100 characters, ending in the extension of
 * the type the bytes really are (so a "certificate.exe" that is a PDF downloads as certificate.pdf).
 */
export function safeFileName(clientName: string | undefined, contentType: string): string {
  const extension = EXTENSION_BY_TYPE[contentType] ?? 'bin';
  const base = (clientName ?? '').split(/[\\/]/).pop() ?? '';
  const stem = base
    .replace(/\.[^.]*$/, '')
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N} _().-]+/gu, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, 100);
  return `${stem || 'evidence'}.${extension}`;
}
