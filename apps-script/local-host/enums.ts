/** Apps Script enums: one frozen object per value, compared by identity, printing as its name. */

export class AppsEnum {
  constructor(
    readonly type: string,
    private readonly key: string,
    private readonly index: number,
  ) {
    Object.freeze(this);
  }
  toString(): string {
    return this.key;
  }
  toJSON(): string {
    return this.key;
  }
  name(): string {
    return this.key;
  }
  ordinal(): number {
    return this.index;
  }
}

export type EnumOf<K extends string> = Readonly<Record<K, AppsEnum>>;

export function makeEnum<K extends string>(type: string, keys: readonly K[]): EnumOf<K> {
  const out = {} as Record<K, AppsEnum>;
  keys.forEach((k, i) => {
    out[k] = new AppsEnum(type, k, i);
  });
  return Object.freeze(out);
}

/** The enum's key for a value given as the enum object or its name; null when it is neither. */
export function enumKey(e: Readonly<Record<string, AppsEnum>>, value: unknown): string | null {
  if (value instanceof AppsEnum) return Object.values(e).includes(value) ? value.toString() : null;
  if (typeof value === 'string' && Object.hasOwn(e, value)) return value;
  return null;
}

export const DeveloperMetadataVisibility = makeEnum('DeveloperMetadataVisibility', ['DOCUMENT', 'PROJECT']);
export const DeveloperMetadataLocationType = makeEnum('DeveloperMetadataLocationType', ['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN']);
export const BooleanCriteria = makeEnum('BooleanCriteria', ['CUSTOM_FORMULA', 'TEXT_EQ', 'TEXT_CONTAINS']);
export const DataValidationCriteria = makeEnum('DataValidationCriteria', ['VALUE_IN_LIST']);
export const ContentMimeType = makeEnum('MimeType', ['ATOM', 'CSV', 'ICAL', 'JAVASCRIPT', 'JSON', 'RSS', 'TEXT', 'VCARD', 'XML']);
export const DigestAlgorithm = makeEnum('DigestAlgorithm', ['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512']);
export const Charset = makeEnum('Charset', ['US_ASCII', 'UTF_8']);
export const AuthMode = makeEnum('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
// https://developers.google.com/apps-script/reference/script/script-app (Properties): WeekDay, EventType, TriggerSource.
export const WeekDay = makeEnum('Weekday', ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']);
export const EventType = makeEnum('EventType', ['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);
export const TriggerSource = makeEnum('TriggerSource', ['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
