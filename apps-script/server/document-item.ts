/**
 * One JSON value kept in the document's properties under its own key: what the add-on remembers
 * about this spreadsheet (the tracker's setup, the team's profile, where its Evidence sheet is).
 */
export interface DocumentItem<T> {
  load(): T | null;
  save(value: T): void;
}

export function documentItem<T>(key: string): DocumentItem<T> {
  return {
    load: () => {
      const text = PropertiesService.getDocumentProperties().getProperty(key);
      return text ? (JSON.parse(text) as T) : null;
    },
    save: (value) => {
      PropertiesService.getDocumentProperties().setProperty(key, JSON.stringify(value));
    },
  };
}
