/** SHA-256 of text or bytes as lowercase hex (Utilities hands digests back as signed bytes). */
export function sha256Hex(value: string | number[]): string {
  const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, value as never);
  return digest.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
}

/**
 * A new token: two random (version 4) UUIDs without their dashes, 64 hex characters holding
 * 2 x 122 = 244 random bits.
 */
export function newToken(): string {
  return `${Utilities.getUuid()}${Utilities.getUuid()}`.replace(/-/g, '').toLowerCase();
}
