/** Utilities: digests as signed bytes, base64 (web-safe out, either alphabet in), uuids, formatDate, blobs. */

import { createHash, randomUUID } from 'node:crypto';
import { fail, isDate, makeFake, type Fake, type FakeEnv } from './counter.ts';
import { makeBlob, toBuffer, toSignedBytes } from './blob.ts';
import { Charset, DigestAlgorithm, enumKey } from './enums.ts';
import { formatDate } from './format-date.ts';

const SERVICE = 'Utilities';

const NODE_DIGEST: Record<string, string | undefined> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

function webSafe(b64: string): string {
  return b64.replace(/\+/g, '-').replace(/\//g, '_');
}

export function makeUtilities(env: FakeEnv, uuid: () => string = randomUUID): Fake {
  const decode = (text: unknown): Buffer => {
    if (typeof text !== 'string' || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(text.replace(/\s/g, ''))) {
      return fail(env, 'Exception: Could not decode string.');
    }
    return Buffer.from(text.replace(/\s/g, '').replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  };
  return makeFake(
    env,
    SERVICE,
    'Utilities',
    () => ({
      computeDigest: (algorithm: unknown, value: unknown) => {
        const key = enumKey(DigestAlgorithm, algorithm);
        const name = key ? NODE_DIGEST[key] : undefined;
        if (!name) return fail(env, key ? `Utilities fake: DigestAlgorithm.${key} is not implemented` : 'Exception: Invalid argument: algorithm');
        return toSignedBytes(
          createHash(name)
            .update(toBuffer(env, value, 'value'))
            .digest(),
        );
      },
      base64EncodeWebSafe: (data: unknown) => webSafe(toBuffer(env, data).toString('base64')),
      base64Decode: (text: unknown) => toSignedBytes(decode(text)),
      getUuid: () => uuid(),
      formatDate: (date: unknown, timeZone: unknown, pattern: unknown) => {
        if (!isDate(date)) return fail(env, 'Exception: Invalid argument: date');
        if (typeof timeZone !== 'string' || typeof pattern !== 'string') return fail(env, 'Exception: Invalid argument: format');
        return formatDate(date, timeZone, pattern);
      },
      newBlob: (data: unknown, contentType?: string, name?: string) =>
        makeBlob(env, SERVICE, { data: toBuffer(env, data ?? ''), contentType: contentType ?? null, name: name ?? null }),
    }),
    { constants: { DigestAlgorithm, Charset } },
  );
}

export { enumKey };
