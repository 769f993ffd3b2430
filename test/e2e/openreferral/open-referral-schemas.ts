import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared copy of the UK profile, beside the repository (CI has it there too); never copied into it. */
const REPO_ROOT = resolve(__dirname, '../../..');
export const SCHEMA_DIR = resolve(REPO_ROOT, '..', 'shared', 'standards', 'openreferral-uk', 'schema');

type Schema = { properties?: Record<string, Schema>; items?: Schema; $ref?: string; type?: unknown };

function read(file: string): Schema {
  return JSON.parse(readFileSync(resolve(SCHEMA_DIR, file), 'utf8')) as Schema;
}

/**
 * Ajv (draft 2020-12, with ajv-formats) over the profile's schemas. `strict: false` because the schemas carry
 * Frictionless Data keywords (`constraints`, `datapackage_metadata`) that are not JSON Schema.
 */
export class ProfileSchemas {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    addFormats(this.ajv);
    for (const file of readdirSync(SCHEMA_DIR).filter(
      (name) => name.endsWith('.json') && name !== 'openapi.json',
    )) {
      this.ajv.addSchema(read(file), file);
    }
  }

  /** Ajv's complaints (empty when valid) plus any property the schema does not name, at any depth. */
  problems(schemaFile: string, value: unknown): string[] {
    let validate = this.compiled.get(schemaFile);
    if (!validate) {
      validate = schemaFile.startsWith('compiled/')
        ? this.ajv.compile(read(schemaFile))
        : (this.ajv.getSchema(schemaFile) as ValidateFunction);
      this.compiled.set(schemaFile, validate);
    }
    const problems = validate(value)
      ? []
      : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
    return [...problems, ...unnamed(read(schemaFile), value, '')];
  }
}

/** Properties that the schema does not define: "exactly the profile's shape", which the schemas leave open. */
function unnamed(schema: Schema, value: unknown, path: string): string[] {
  const resolved = schema.$ref ? read(schema.$ref) : schema;
  if (Array.isArray(value)) {
    return resolved.items
      ? value.flatMap((item, index) => unnamed(resolved.items!, item, `${path}/${index}`))
      : [];
  }
  if (value === null || typeof value !== 'object' || !resolved.properties) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    resolved.properties![key]
      ? unnamed(resolved.properties![key], inner, `${path}/${key}`)
      : [`${path}/${key} is not in the profile`],
  );
}

/** The Page block of the profile's OpenAPI (components.schemas.Page), checked key by key. */
export function pageProblems(body: Record<string, unknown>): string[] {
  const openapi = read('openapi.json') as unknown as {
    components: { schemas: { Page: { properties: Record<string, { type: string }> } } };
  };
  const page = openapi.components.schemas.Page.properties;
  const problems = Object.entries(page)
    .filter(
      ([key, { type }]) =>
        !(key in body) || (type === 'integer' ? !Number.isInteger(body[key]) : typeof body[key] !== type),
    )
    .map(([key]) => `page.${key} missing or not ${page[key].type}`);
  const extra = Object.keys(body).filter((key) => key !== 'contents' && !(key in page));
  return [
    ...problems,
    ...extra.map((key) => `page.${key} is not in the profile`),
    ...(Array.isArray(body.contents) ? [] : ['contents is not an array']),
  ];
}
