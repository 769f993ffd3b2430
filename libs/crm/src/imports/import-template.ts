import { toCsv } from '@small-places/platform';
import { IMPORT_COLUMNS } from './import-columns';

/** The template: every column the import understands, in order, with nothing under them. */
export function importTemplateCsv(): string {
  return toCsv(
    IMPORT_COLUMNS.map((column) => column.header),
    [],
  );
}
