import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createHost } from './host.ts';
import { LocalSpreadsheet } from './model.ts';
import { MAX_CACHE_VALUE_BYTES } from './cache.ts';
import { MAX_STORE_BYTES, MAX_VALUE_BYTES } from './properties.ts';

function host(now = () => new Date('2025-01-01T00:00:00Z')) {
  const book = new LocalSpreadsheet('T');
  book.addSheet('Sheet1');
  return createHost({ spreadsheet: book, now });
}

const signed = (buf: Buffer) => Array.from(buf, (b) => (b > 127 ? b - 256 : b));

describe('PropertiesService', () => {
  it('keeps two stores, returns null for missing keys and copies on getProperties', () => {
    const h = host();
    const { PropertiesService } = h.globals;
    const doc = PropertiesService.getDocumentProperties();
    doc.setProperty('layout', '{"header":1}').setProperty('n', 5 as unknown as string);
    expect(doc.getProperty('layout')).toBe('{"header":1}');
    expect(doc.getProperty('n')).toBe('5');
    expect(doc.getProperty('missing')).toBeNull();
    expect(PropertiesService.getScriptProperties().getProperty('layout')).toBeNull();
    const all = doc.getProperties();
    all.layout = 'changed';
    expect(PropertiesService.getDocumentProperties().getProperty('layout')).toBe('{"header":1}');
    expect(h.spreadsheet.documentProperties).toEqual({ layout: '{"header":1}', n: '5' });
    doc.setProperties({ a: '1' }, true);
    expect(doc.getProperties()).toEqual({ a: '1' });
    doc.deleteProperty('a');
    expect(doc.getProperties()).toEqual({});
  });

  it('enforces the 9 kB value limit and the 500 kB store limit (1,000 bytes a kB)', () => {
    expect([MAX_VALUE_BYTES, MAX_STORE_BYTES]).toEqual([9_000, 500_000]);
    const props = host().globals.PropertiesService.getScriptProperties();
    props.setProperty('ok', 'x'.repeat(MAX_VALUE_BYTES - 10));
    expect(() => props.setProperty('big', 'x'.repeat(MAX_VALUE_BYTES + 1))).toThrow('Argument too large: value');
    expect(props.getProperty('big')).toBeNull();
    expect(() => {
      for (let i = 0; i < 80; i++) props.setProperty(`k${i}`, 'y'.repeat(9000));
    }).toThrow('exceeded the property storage quota');
  });
});

describe('LockService', () => {
  it('a held lock makes another tryLock fail until released', () => {
    const { LockService } = host().globals;
    const first = LockService.getScriptLock();
    const second = LockService.getScriptLock();
    expect(first.tryLock(1000)).toBe(true);
    expect(second.tryLock(1000)).toBe(false);
    first.releaseLock();
    expect(second.tryLock(1000)).toBe(true);
    expect(second.tryLock(1000)).toBe(true); // re-entrant for the holder
  });
});

describe('CacheService', () => {
  it('expires entries against the injected clock', () => {
    let t = Date.parse('2025-01-01T00:00:00Z');
    const cache = host(() => new Date(t)).globals.CacheService.getScriptCache();
    cache.put('a', 'one', 60);
    cache.put('b', 'two', 600);
    cache.put('c', 'three', 600);
    expect(cache.get('a')).toBe('one');
    t += 59_000;
    expect([cache.get('a'), cache.get('b'), cache.get('zz')]).toEqual(['one', 'two', null]);
    t += 1_000;
    expect(cache.get('a')).toBeNull();
    cache.remove('b');
    expect(cache.get('b')).toBeNull();
    expect(cache.get('c')).toBe('three');
    cache.put('d', 'default');
    t += 600_000;
    expect(cache.get('d')).toBeNull();
  });
});

describe('CacheService limits', () => {
  it('holds a value of at most 100 KB (100,000 bytes) under a key of at most 250 characters', () => {
    const cache = host().globals.CacheService.getScriptCache();
    expect(MAX_CACHE_VALUE_BYTES).toBe(100_000);
    cache.put('k'.repeat(250), 'x'.repeat(100_000));
    expect(() => cache.put('big', 'x'.repeat(100_001))).toThrow('Argument too large: value');
    expect(() => cache.put('k'.repeat(251), 'x')).toThrow('Invalid argument: key');
    expect(cache.get('big')).toBeNull();
  });
});

describe('Utilities', () => {
  it('computes SHA-256 as Java signed bytes', () => {
    const { Utilities } = host().globals;
    const text = 'clip-123 é';
    const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text);
    expect(bytes).toEqual(signed(createHash('sha256').update(text, 'utf8').digest()));
    expect(bytes.some((b: number) => b < 0)).toBe(true);
    expect(Math.min(...bytes)).toBeGreaterThanOrEqual(-128);
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, [1, -1, 2])).toEqual(
      signed(
        createHash('md5')
          .update(Buffer.from([1, 255, 2]))
          .digest(),
      ),
    );
    expect(() => Utilities.computeDigest('SHA_999', 'x')).toThrow('Invalid argument: algorithm');
  });

  it('encodes and decodes base64, standard and web-safe', () => {
    const { Utilities } = host().globals;
    const bytes = [-5, -1, 62, 63, 0];
    expect(Utilities.base64EncodeWebSafe(bytes)).toBe('-_8-PwA=');
    expect(Utilities.base64Decode('+/8+PwA=')).toEqual(bytes);
    expect(Utilities.base64Decode('-_8-PwA=')).toEqual(bytes); // the decoder reads both alphabets
    expect(Utilities.base64EncodeWebSafe('héllo')).toBe(Buffer.from('héllo').toString('base64'));
    expect(() => Utilities.base64Decode('not base64!')).toThrow('Could not decode string.');
  });

  it('formats dates in a time zone', () => {
    const { Utilities } = host().globals;
    const d = new Date('2025-03-01T05:30:00Z');
    expect(Utilities.formatDate(d, 'America/Edmonton', 'yyyy-MM-dd')).toBe('2025-02-28');
    expect(Utilities.formatDate(d, 'America/Edmonton', 'yyyy-MM-dd HH:mm')).toBe('2025-02-28 22:30');
    expect(Utilities.formatDate(d, 'GMT', "yyyy-MM-dd'T'HH:mm:ss")).toBe('2025-03-01T05:30:00');
    expect(Utilities.formatDate(d, 'GMT-07:00', 'HH:mm')).toBe('22:30');
    expect(() => Utilities.formatDate(d, 'UTC', 'EEE')).toThrow('not implemented');
  });

  it('makes uuids and blobs', () => {
    const { Utilities } = host().globals;
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
    expect(Utilities.newBlob('{"a":1}', 'application/json', 'clip.json').getName()).toBe('clip.json');
  });
});

describe('Logger, ContentService', () => {
  it('records logs and text outputs', () => {
    const h = host();
    const { Logger, ContentService, console } = h.globals;
    Logger.log('scanned %s rows', 12);
    console.warn('careful');
    expect(h.logs).toEqual(['scanned 12 rows', '[warn] careful']);
    const out = ContentService.createTextOutput('{"ok":true}').setMimeType(ContentService.MimeType.JSON);
    expect(out.getContent()).toBe('{"ok":true}');
    expect(out.getMimeType()).toBe(ContentService.MimeType.JSON);
    expect(ContentService.createTextOutput().getMimeType()).toBe(ContentService.MimeType.TEXT);
  });
});
