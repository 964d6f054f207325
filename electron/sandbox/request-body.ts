// Reading a request's body the way its route declares it (none, JSON, binary, multipart), under the
// route's size limit: LINE's 413 above it, 415 for a content type the route does not take, 400 for
// JSON or multipart that cannot be parsed. File parts stream into the route's consumer.

import type { Readable } from 'node:stream';
import { lineErrorMessages, unparsableJson, unsupportedContentType } from '../../shared/line/errors';
import { requestLimits } from '../../shared/line/limits';
import type { ChannelState } from './channel-state';
import { LineApiError } from './errors';
import { createMultipartParser, multipartBoundary, MultipartError } from './multipart';
import type { SandboxCall, SandboxRoute } from './route';

export const defaultJsonLimit = requestLimits.jsonBodyMaxBytes;
export const defaultBinaryLimit = 1024 * 1024;

/** The media type of a Content-Type header, lowercased, without parameters. */
export const mediaType = (contentType: string | undefined): string =>
  (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/**
 * Reads a body under `limit` bytes; past it, the rest is drained and 'too-large' returned. With
 * `onChunk` the chunks are handed on instead of kept (an error it throws fails the read at the end).
 */
export function readBody(
  stream: Readable,
  limit: number,
  onChunk?: (chunk: Buffer) => void,
): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    let failure: unknown;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (tooLarge || failure) return;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      if (onChunk) {
        try {
          onChunk(chunk);
        } catch (error) {
          failure = error;
        }
      } else chunks.push(chunk);
    });
    stream.on('end', () => {
      if (tooLarge) resolve('too-large');
      else if (failure) reject(failure as Error);
      else resolve(Buffer.concat(chunks));
    });
    stream.on('error', reject);
  });
}

export interface ReadRequestBody {
  readonly body: unknown;
  readonly raw: Buffer | undefined;
  readonly form: SandboxCall['form'];
  readonly upload: unknown;
  /** What the request log keeps: the JSON, `{ bytes }` of a binary body, or a form's fields and file sizes. */
  readonly logged: unknown;
}

const nothing: ReadRequestBody = {
  body: undefined,
  raw: undefined,
  form: undefined,
  upload: undefined,
  logged: undefined,
};

const tooLarge = () => new LineApiError(413, { message: lineErrorMessages.requestTooLarge });
const unsupported = (contentType: string | undefined) =>
  new LineApiError(415, { message: unsupportedContentType(contentType ?? '') });
const invalidMultipart = (error: Error) =>
  new LineApiError(400, { message: `The multipart body is invalid: ${error.message}` });

/** Reads and parses the body of a request to `route`; a route without a body leaves it unread. */
export async function readRequestBody(
  route: SandboxRoute,
  stream: Readable,
  contentType: string | undefined,
  channel: ChannelState,
): Promise<ReadRequestBody> {
  switch (route.body) {
    case 'none':
      return nothing;
    case 'json': {
      if (mediaType(contentType) !== 'application/json') throw unsupported(contentType);
      const data = await readBody(stream, route.maxBytes ?? defaultJsonLimit);
      if (data === 'too-large') throw tooLarge();
      let body: unknown;
      try {
        body = JSON.parse(data.toString('utf8'));
      } catch (error) {
        throw new LineApiError(400, { message: unparsableJson((error as Error).message) });
      }
      return { ...nothing, body, logged: body };
    }
    case 'binary': {
      if (route.contentTypes && !route.contentTypes.includes(mediaType(contentType)))
        throw unsupported(contentType);
      const data = await readBody(stream, route.maxBytes ?? defaultBinaryLimit);
      if (data === 'too-large') throw tooLarge();
      return { ...nothing, raw: data, logged: { bytes: data.length } };
    }
    case 'multipart': {
      const boundary = multipartBoundary(contentType);
      if (!boundary) throw unsupported(contentType);
      const consumer = route.fileConsumer?.(channel);
      let fileBytes = 0;
      const parser = createMultipartParser(boundary, {
        onFile: (part) =>
          part.name === 'file' && consumer
            ? (chunk) => {
                fileBytes += chunk.length;
                consumer.write(chunk);
              }
            : undefined,
      });
      let data: Buffer | 'too-large';
      try {
        data = await readBody(stream, route.maxBytes ?? defaultJsonLimit, (chunk) => parser.write(chunk));
      } catch (error) {
        if (error instanceof MultipartError) throw invalidMultipart(error);
        throw error;
      }
      if (data === 'too-large') throw tooLarge();
      let form: NonNullable<SandboxCall['form']>;
      try {
        form = parser.end();
      } catch (error) {
        throw invalidMultipart(error as Error);
      }
      return {
        ...nothing,
        form,
        upload: consumer?.finish(),
        logged: {
          fields: Object.fromEntries(form.fields),
          files: form.files.map((f) => ({ ...f, bytes: fileBytes })),
        },
      };
    }
  }
}
