import { EVIDENCE_TYPES } from '../evidence-rules';

/**
 * The evidence type of a spooled file judged from its bytes by `file-type` (never from its name or the
 * client's Content-Type), or undefined when it is none of PDF, JPEG, PNG and HEIC. file-type is an ES
 * module: Node 20.19+ requires it synchronously (docs/decisions.md).
 */
export async function evidenceTypeOf(path: string): Promise<string | undefined> {
  const { fileTypeFromFile } = await import('file-type');
  const found = await fileTypeFromFile(path);
  return found && EVIDENCE_TYPES[found.mime] ? found.mime : undefined;
}
