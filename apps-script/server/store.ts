/**
 * What the add-on remembers about its tracker (the setup, the team's profile, where its own
 * sheets and Drive folder are, the people paired with the clipper) lives in the script's
 * properties: the web app can read them, where document properties are null, and a bound script
 * is one per tracker, so they are the tracker's. Values an earlier version kept in the document's
 * properties move here once, the first time a sidebar, menu or trigger reads the store.
 */

const PREFIX = 'secor-ready.';
/** One move per execution at most (Apps Script loads the script afresh for each); none in a web app. */
let moved = false;

function moveFromDocument(): void {
  const document = PropertiesService.getDocumentProperties();
  if (document === null) return;
  moved = true;
  const old = Object.entries(document.getProperties()).filter(([key]) => key.startsWith(PREFIX));
  if (old.length === 0) return;
  const script = PropertiesService.getScriptProperties();
  const kept = script.getProperties();
  // A value already in the script's store was written later than the document's.
  script.setProperties(Object.fromEntries(old.filter(([key]) => !Object.keys(kept).includes(key))));
  for (const [key] of old) document.deleteProperty(key);
}

export function store(): GoogleAppsScript.Properties.Properties {
  if (!moved) moveFromDocument();
  return PropertiesService.getScriptProperties();
}

/** One JSON value in the store under its own key. */
export interface StoreItem<T> {
  load(): T | null;
  save(value: T): void;
}

export function storeItem<T>(key: string): StoreItem<T> {
  return {
    load: () => {
      const text = store().getProperty(key);
      return text ? (JSON.parse(text) as T) : null;
    },
    save: (value) => {
      store().setProperty(key, JSON.stringify(value));
    },
  };
}
