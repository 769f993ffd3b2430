/**
 * The columns the caseload import understands, in template (and export) order, with the headers people
 * actually write for them. Matching compares headers after `normaliseHeader`, so case, punctuation and
 * spacing never matter.
 */
export enum ImportField {
  NAME = 'NAME',
  POSTCODE = 'POSTCODE',
  LEGAL_STRUCTURE = 'LEGAL_STRUCTURE',
  ACTIVITIES = 'ACTIVITIES',
  STAGE = 'STAGE',
  FOUNDER_NAME = 'FOUNDER_NAME',
  FOUNDER_EMAIL = 'FOUNDER_EMAIL',
  TRADING_START = 'TRADING_START',
  EMPLOYS_STAFF = 'EMPLOYS_STAFF',
  PUBLIC_LIABILITY_EXPIRES = 'PUBLIC_LIABILITY_EXPIRES',
  EMPLOYERS_LIABILITY_EXPIRES = 'EMPLOYERS_LIABILITY_EXPIRES',
  FOUNDER_DBS_ISSUED = 'FOUNDER_DBS_ISSUED',
  ICO_FEE_PAID = 'ICO_FEE_PAID',
}

export interface ImportColumn {
  field: ImportField;
  /** The header the template and the export write. */
  header: string;
  /** Other headers that mean the same, as people type them. */
  alternatives: string[];
  /** One line for the matching page and the template's guidance. */
  hint: string;
  required?: boolean;
}

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    field: ImportField.NAME,
    header: 'Name',
    required: true,
    hint: 'The enterprise’s name, e.g. Village Care',
    alternatives: [
      'business name',
      'business',
      'enterprise',
      'enterprise name',
      'organisation',
      'organisation name',
      'organization',
      'organization name',
      'company',
      'company name',
      'trading name',
    ],
  },
  {
    field: ImportField.POSTCODE,
    header: 'Postcode',
    required: true,
    hint: 'A UK postcode, e.g. TA1 1AA',
    alternatives: ['post code', 'postal code', 'zip', 'zip code', 'base postcode', 'address postcode'],
  },
  {
    field: ImportField.LEGAL_STRUCTURE,
    header: 'Legal structure',
    hint: 'Sole trader, partnership, Ltd, CIC, co-operative or unincorporated',
    alternatives: [
      'structure',
      'type of business',
      'business type',
      'legal form',
      'legal status',
      'company type',
      'type of organisation',
    ],
  },
  {
    field: ImportField.ACTIVITIES,
    header: 'Activities',
    hint: 'What they do, separated by commas: personal care, home help, companionship, day activities, meals, transport, shared lives, other',
    alternatives: ['activity', 'services', 'service', 'what they do', 'support offered', 'type of support'],
  },
  {
    field: ImportField.STAGE,
    header: 'Stage',
    hint: 'Enquiry, exploring, setting up, ready, trading, established, paused or closed',
    alternatives: ['pipeline stage', 'status', 'pipeline'],
  },
  {
    field: ImportField.FOUNDER_NAME,
    header: 'Founder name',
    required: true,
    hint: 'The person who runs it',
    alternatives: [
      'founder',
      'contact',
      'contact name',
      'owner',
      'owner name',
      'main contact',
      'lead contact',
    ],
  },
  {
    field: ImportField.FOUNDER_EMAIL,
    header: 'Founder email',
    hint: 'Their email address, for the invitation',
    alternatives: ['email', 'e mail', 'email address', 'contact email', 'owner email', 'founder e mail'],
  },
  {
    field: ImportField.TRADING_START,
    header: 'Trading start',
    hint: 'When they started (or will start) trading, e.g. 01/03/2027',
    alternatives: [
      'trading from',
      'trading since',
      'trading start date',
      'started trading',
      'start date',
      'date started',
    ],
  },
  {
    field: ImportField.EMPLOYS_STAFF,
    header: 'Employs staff',
    hint: 'Yes or no',
    alternatives: ['employs anyone', 'employer', 'has employees', 'has staff', 'staff', 'employees'],
  },
  {
    field: ImportField.PUBLIC_LIABILITY_EXPIRES,
    header: 'Public liability insurance expiry',
    hint: 'The day their public liability insurance runs out',
    alternatives: [
      'public liability expiry',
      'public liability expires',
      'public liability renewal',
      'pl insurance expiry',
      'insurance expiry',
      'insurance renewal',
      'insurance renewal date',
    ],
  },
  {
    field: ImportField.EMPLOYERS_LIABILITY_EXPIRES,
    header: 'Employers liability insurance expiry',
    hint: 'The day their employers’ liability insurance runs out (only if they employ staff)',
    alternatives: ['employers liability expiry', 'employers liability renewal', 'el insurance expiry'],
  },
  {
    field: ImportField.FOUNDER_DBS_ISSUED,
    header: 'Founder DBS issue date',
    hint: 'The issue date on the founder’s enhanced DBS certificate',
    alternatives: ['dbs issue date', 'dbs issued', 'dbs date', 'dbs certificate date', 'founder dbs date'],
  },
  {
    field: ImportField.ICO_FEE_PAID,
    header: 'ICO fee paid',
    hint: 'The day they last paid the ICO data protection fee',
    alternatives: ['ico paid', 'ico fee', 'ico registration date', 'data protection fee paid'],
  },
];

const COLUMN_BY_FIELD = new Map(IMPORT_COLUMNS.map((column) => [column.field, column]));

export function columnOf(field: ImportField): ImportColumn {
  return COLUMN_BY_FIELD.get(field)!;
}

/** `Post-Code `, `POSTCODE` and `post code` compare equal; so do `Employers' liability` and `employers liability`. */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const FIELD_BY_HEADER = new Map<string, ImportField>(
  IMPORT_COLUMNS.flatMap((column) =>
    [column.header, ...column.alternatives].map((header) => [normaliseHeader(header), column.field] as const),
  ),
);

/** A remembered choice: a normalised header and the field it feeds, or null to ignore that column. */
export type RememberedMatching = Record<string, ImportField | null>;

/**
 * Which field each column feeds (null: ignored). A header the Area's Catalysts matched before wins over the
 * built-in alternatives; a field is fed by its first column only, so a second "Email" column is ignored.
 */
export function matchHeaders(headers: string[], remembered: RememberedMatching = {}): (ImportField | null)[] {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const key = normaliseHeader(header);
    const field = key in remembered ? remembered[key] : (FIELD_BY_HEADER.get(key) ?? null);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** The required fields no column feeds, in plain words, for a refusal or the matching page. */
export function missingRequiredFields(matched: (ImportField | null)[]): ImportColumn[] {
  return IMPORT_COLUMNS.filter((column) => column.required && !matched.includes(column.field));
}
