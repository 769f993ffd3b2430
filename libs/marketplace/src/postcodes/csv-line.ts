/**
 * Splits one line of RFC 4180 CSV into its fields: commas separate, a field in double quotes may hold
 * commas, and `""` inside one is a literal quote. Postcode files never break a field across lines, so the
 * importer reads line by line and a quote left open at the end of a line is an error, not a continuation.
 */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let position = 0;
  for (;;) {
    const { value, end } = line[position] === '"' ? readQuoted(line, position) : readPlain(line, position);
    fields.push(value);
    if (end >= line.length) return fields;
    position = end + 1; // past the comma
  }
}

interface FieldRead {
  value: string;
  /** The index of the comma after the field, or the line's length. */
  end: number;
}

function readPlain(line: string, start: number): FieldRead {
  const comma = line.indexOf(',', start);
  const end = comma === -1 ? line.length : comma;
  const value = line.slice(start, end);
  if (value.includes('"')) throw new CsvLineError(`a quote inside an unquoted field (${value})`);
  return { value, end };
}

function readQuoted(line: string, start: number): FieldRead {
  let value = '';
  let position = start + 1;
  for (;;) {
    const quote = line.indexOf('"', position);
    if (quote === -1) throw new CsvLineError('a quoted field is not closed');
    value += line.slice(position, quote);
    if (line[quote + 1] === '"') {
      value += '"';
      position = quote + 2;
      continue;
    }
    const end = quote + 1;
    if (end < line.length && line[end] !== ',') {
      throw new CsvLineError(`text after the closing quote of "${value}"`);
    }
    return { value, end };
  }
}

/** A line that is not CSV; the importer adds the file and line number. */
export class CsvLineError extends Error {}
