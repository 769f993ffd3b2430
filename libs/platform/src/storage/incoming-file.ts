import busboy from 'busboy';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { badInput } from '../errors/app-error';

/** One uploaded file, spooled to a private temporary folder: never held whole in memory. */
export interface IncomingFile {
  path: string;
  /** As the client named it: sanitise before showing or storing it. */
  clientName: string;
  sizeBytes: number;
  /** Removes the spooled copy; call it whatever became of the upload. */
  discard(): Promise<void>;
}

/** The upload went past its limit: reading stopped there (HTTP 413). */
export class UploadTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`upload larger than ${maxBytes} bytes`);
  }
}

/**
 * Streams the one file in `field` of a multipart/form-data request to a temporary file, stopping at
 * `maxBytes` (UploadTooLarge; the part written so far is deleted). Resolves undefined when the request holds
 * no such file; other files are read past and dropped, text fields kept in `fields` if given.
 */
export async function receiveOneFile(
  request: IncomingMessage,
  field: string,
  maxBytes: number,
  /** Where the form's text fields go, when the route reads any (the import's options). */
  fields?: Map<string, string>,
): Promise<IncomingFile | undefined> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: request.headers,
      limits: { files: 1, fileSize: maxBytes + 1, fields: 20, parts: 30 },
    });
  } catch {
    throw badInput('Send the file as multipart/form-data, in a field named "file".', {
      [field]: ['is missing'],
    });
  }
  const folder = await mkdtemp(join(tmpdir(), 'sp-upload-'));
  const discard = () => rm(folder, { recursive: true, force: true });
  try {
    const received = await new Promise<IncomingFile | undefined>((resolve, reject) => {
      let writing: Promise<IncomingFile> | undefined;
      const fail = (error: unknown) => {
        request.unpipe(parser);
        reject(error);
      };
      parser.on('file', (name, stream, info) => {
        if (name !== field || writing) {
          stream.resume();
          return;
        }
        const path = join(folder, 'upload');
        let sizeBytes = 0;
        stream.on('data', (chunk: Buffer) => (sizeBytes += chunk.length));
        stream.on('limit', () => fail(new UploadTooLarge(maxBytes)));
        // busboy stops at maxBytes + 1 bytes: one byte past the limit proves the file too large.
        writing = pipeline(stream, createWriteStream(path, { flags: 'wx' })).then(() => {
          if (sizeBytes > maxBytes) throw new UploadTooLarge(maxBytes);
          return { path, clientName: info.filename ?? '', sizeBytes, discard };
        });
        writing.catch(fail);
      });
      if (fields) parser.on('field', (name, value) => fields.set(name, value));
      parser.on('close', () => (writing ? writing.then(resolve, fail) : resolve(undefined)));
      parser.on('error', () =>
        fail(badInput('The upload could not be read. Try again.', { [field]: ['could not be read'] })),
      );
      request.on('close', () => {
        if (!request.complete) fail(badInput('The upload stopped before the end. Try again.'));
      });
      request.pipe(parser);
    });
    if (!received) await discard();
    return received;
  } catch (error) {
    await discard();
    throw error;
  }
}
