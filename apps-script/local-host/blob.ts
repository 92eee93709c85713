/** Blob, as made by Utilities.newBlob; bytes cross the boundary as Java-style signed bytes. */

import { fail, internalOf, makeFake, type Fake, type FakeEnv } from './counter.ts';

export interface BlobState {
  data: Buffer;
  contentType: string | null;
  name: string | null;
}

interface BlobInternal {
  kind: 'blob';
  state: BlobState;
}

/** Apps Script byte arrays hold -128..127. */
export function toSignedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

/** A string (UTF-8) or a byte array (signed or unsigned) as a Buffer. */
export function toBuffer(env: FakeEnv, data: unknown, what = 'data'): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (Array.isArray(data)) {
    if (!data.every((b) => typeof b === 'number' && Number.isInteger(b) && b >= -128 && b <= 255)) {
      return fail(env, `Exception: Invalid argument: ${what}`);
    }
    return Buffer.from(data.map((b: number) => b & 0xff));
  }
  if (data instanceof Uint8Array) return Buffer.from(data);
  const blob = blobState(data);
  if (blob) return Buffer.from(blob.data);
  return fail(env, `Exception: Invalid argument: ${what}`);
}

export function blobState(value: unknown): BlobState | undefined {
  const inner = internalOf<BlobInternal>(value);
  return inner?.kind === 'blob' ? inner.state : undefined;
}

export function makeBlob(env: FakeEnv, service: string, init: BlobState): Fake {
  const state: BlobState = { ...init, data: Buffer.from(init.data) };
  // The bundle hands blobs to Drive.Files.create, which reads their state.
  return makeFake(
    env,
    service,
    'Blob',
    () => ({
      getName: () => state.name,
    }),
    { internal: { kind: 'blob', state } satisfies BlobInternal },
  );
}
