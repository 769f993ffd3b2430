import { Activity, LegalStructure } from '@small-places/compliance';
import { PipelineStage } from '../pipeline/pipeline-stage';
import { columnOf, ImportField } from './import-columns';
import {
  isProblem,
  Parsed,
  parseActivities,
  parseEmail,
  parseLegalStructure,
  parsePostcode,
  parseStage,
  parseText,
  parseUkDate,
  parseYesNo,
  unprotectCell,
} from './import-values';

/** One spreadsheet row read as an enterprise. Absent optional cells are undefined: "leave as it is". */
export interface ImportedEnterprise {
  name: string;
  postcode: string;
  legalStructure?: LegalStructure;
  activities?: Activity[];
  stage?: PipelineStage;
  founderName: string;
  founderEmail?: string;
  tradingStartsOn?: string;
  employsStaff?: boolean;
  publicLiabilityExpiresOn?: string;
  employersLiabilityExpiresOn?: string;
  founderDbsIssuedOn?: string;
  icoFeePaidOn?: string;
}

export interface RowProblem {
  /** The header as written in the file, or the template's header when no column feeds a required field. */
  column: string;
  message: string;
}

type Parser = (text: string) => Parsed<unknown>;

const PARSERS: Record<ImportField, [keyof ImportedEnterprise, Parser]> = {
  [ImportField.NAME]: ['name', (text) => parseText(text, 200)],
  [ImportField.POSTCODE]: ['postcode', parsePostcode],
  [ImportField.LEGAL_STRUCTURE]: ['legalStructure', parseLegalStructure],
  [ImportField.ACTIVITIES]: ['activities', parseActivities],
  [ImportField.STAGE]: ['stage', parseStage],
  [ImportField.FOUNDER_NAME]: ['founderName', (text) => parseText(text, 200)],
  [ImportField.FOUNDER_EMAIL]: ['founderEmail', parseEmail],
  [ImportField.TRADING_START]: ['tradingStartsOn', parseUkDate],
  [ImportField.EMPLOYS_STAFF]: ['employsStaff', parseYesNo],
  [ImportField.PUBLIC_LIABILITY_EXPIRES]: ['publicLiabilityExpiresOn', parseUkDate],
  [ImportField.EMPLOYERS_LIABILITY_EXPIRES]: ['employersLiabilityExpiresOn', parseUkDate],
  [ImportField.FOUNDER_DBS_ISSUED]: ['founderDbsIssuedOn', parseUkDate],
  [ImportField.ICO_FEE_PAID]: ['icoFeePaidOn', parseUkDate],
};

const REQUIRED: [ImportField, keyof ImportedEnterprise][] = [
  [ImportField.NAME, 'name'],
  [ImportField.POSTCODE, 'postcode'],
  [ImportField.FOUNDER_NAME, 'founderName'],
];

/**
 * Reads one row. Problems name the column as the file has it and say what to write instead; the caller adds
 * the row number. Dates may not be in the future where they record something done (DBS issue, ICO fee).
 */
export function readRow(
  headers: string[],
  matched: (ImportField | null)[],
  cells: string[],
  today: string,
): { enterprise: ImportedEnterprise } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const enterprise: Partial<ImportedEnterprise> = {};
  matched.forEach((field, index) => {
    if (!field) return;
    const text = unprotectCell(cells[index] ?? '').trim();
    if (!text) return;
    const [key, parse] = PARSERS[field];
    const parsed = parse(text);
    if (isProblem(parsed)) {
      problems.push({
        column: headers[index],
        message: `“${shorten(text)}” is not right. ${parsed.problem}`,
      });
      return;
    }
    (enterprise as Record<string, unknown>)[key] = parsed.value;
  });
  for (const [field, key] of REQUIRED) {
    if (enterprise[key] !== undefined && enterprise[key] !== '') continue;
    const index = matched.indexOf(field);
    if (index >= 0 && problems.some((problem) => problem.column === headers[index])) continue;
    problems.push({
      column: index >= 0 ? headers[index] : columnOf(field).header,
      message: `This is empty. ${columnOf(field).hint}.`,
    });
  }
  for (const [key, field] of [
    ['founderDbsIssuedOn', ImportField.FOUNDER_DBS_ISSUED],
    ['icoFeePaidOn', ImportField.ICO_FEE_PAID],
  ] as const) {
    const date = enterprise[key];
    if (date && date > today) {
      problems.push({
        column: headers[matched.indexOf(field)],
        message: `${date} is in the future. Write the day it happened, on or before today.`,
      });
    }
  }
  return problems.length ? { problems } : { enterprise: enterprise as ImportedEnterprise };
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** "Row 7, Post code: …": how a problem reads on the result page and in the rejected-rows CSV. */
export function describeProblem(row: number, problem: RowProblem): string {
  return `Row ${row}, ${problem.column}: ${problem.message}`;
}
