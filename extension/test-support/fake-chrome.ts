/**
 * A small fake of the chrome.* APIs the background uses. Every call is counted (`calls`), and any
 * member it does not implement THROWS when touched, so a test never passes on a pretend API.
 * `storage` and `alarms` are plain data that a "restarted" fake can be given again.
 */
type Listener = (...args: never[]) => unknown;

function event() {
  const listeners: Listener[] = [];
  return {
    listeners,
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l) >>> 0, 1),
    hasListener: (l: Listener) => listeners.includes(l),
  };
}

export interface FakeChromeState {
  storage: Map<string, unknown>;
  alarms: Map<string, { name: string; scheduledTime: number }>;
}

export const freshState = (): FakeChromeState => ({ storage: new Map(), alarms: new Map() });

export interface FakeTab {
  id: number;
  windowId: number;
  url: string;
  title: string;
  active: boolean;
  /** What chrome.scripting.executeScript returns for the page (readPage's result). */
  page?: { title: string; url: string; selection: string; text: string; headings?: string[]; contentType: string };
}

export interface FakeChrome {
  chrome: typeof chrome;
  calls: Map<string, number>;
  count(name: string): number;
  /** The toolbar button: badge text and colour, and its tooltip (title). */
  badge: { text: string; color: unknown; title: string };
  menus: { id?: string | number; title?: string }[];
  windows: { url?: string | string[] }[];
  tabs: Map<number, FakeTab>;
  messageListeners: Listener[];
}

export function fakeChrome(state: FakeChromeState = freshState()): FakeChrome {
  const calls = new Map<string, number>();
  const badge = { text: '', color: null as unknown, title: '' };
  const menus: { id?: string | number; title?: string }[] = [];
  const windows: { url?: string | string[] }[] = [];
  const tabs = new Map<number, FakeTab>();
  const onChanged = event();
  const onMessage = event();

  const api = {
    runtime: {
      id: 'fake-extension-id',
      onMessage,
      onInstalled: event(),
      onStartup: event(),
      getManifest: () => ({ action: { default_popup: 'extension/popup/index.html', default_title: 'Save this page as SECOR evidence' } }),
      getURL: (path: string) => `chrome-extension://fake-extension-id/${path}`,
    },
    storage: {
      onChanged,
      local: {
        async get(keys: string | string[] | null) {
          const wanted = keys === null ? [...state.storage.keys()] : Array.isArray(keys) ? keys : [keys];
          const out: Record<string, unknown> = {};
          for (const k of wanted) if (state.storage.has(k)) out[k] = structuredClone(state.storage.get(k));
          return out;
        },
        async set(values: Record<string, unknown>) {
          const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
          for (const [k, v] of Object.entries(values)) {
            changes[k] = { oldValue: state.storage.get(k), newValue: structuredClone(v) };
            state.storage.set(k, structuredClone(v));
          }
          for (const l of onChanged.listeners) (l as (c: unknown, a: string) => void)(changes, 'local');
        },
        async remove(keys: string | string[]) {
          for (const k of Array.isArray(keys) ? keys : [keys]) state.storage.delete(k);
        },
      },
    },
    alarms: {
      onAlarm: event(),
      async create(name: string, info: { when?: number }) {
        state.alarms.set(name, { name, scheduledTime: info.when ?? 0 });
      },
      async clear(name: string) {
        return state.alarms.delete(name);
      },
      async get(name: string) {
        return state.alarms.get(name);
      },
    },
    action: {
      async setBadgeText({ text }: { text: string }) {
        badge.text = text;
      },
      async setBadgeBackgroundColor({ color }: { color: unknown }) {
        badge.color = color;
      },
      async setTitle({ title }: { title: string }) {
        badge.title = title;
      },
    },
    contextMenus: {
      onClicked: event(),
      async removeAll() {
        menus.length = 0;
      },
      create(props: { id?: string; title?: string }) {
        menus.push(props);
        return props.id;
      },
    },
    commands: { onCommand: event() },
    windows: {
      async create(data: { url?: string | string[] }) {
        windows.push(data);
        return { id: 99 };
      },
    },
    tabs: {
      async get(id: number) {
        const tab = tabs.get(id);
        if (!tab) throw new Error(`No tab with id: ${id}.`);
        return tab;
      },
      async query() {
        return [...tabs.values()].filter((t) => t.active);
      },
      async captureVisibleTab() {
        return `data:image/png;base64,${btoa('\x89PNG fake')}`;
      },
    },
    scripting: {
      async executeScript({ target }: { target: { tabId: number } }) {
        const tab = tabs.get(target.tabId);
        if (!tab?.page) throw new Error('Cannot access contents of the page.');
        return [{ frameId: 0, result: tab.page }];
      },
    },
    pageCapture: {
      async saveAsMHTML() {
        return new Blob(['MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\nfake archive']);
      },
    },
  };

  const strict = (target: object, path: string): unknown =>
    new Proxy(target, {
      get(obj, key) {
        if (typeof key === 'symbol' || key === 'then' || key === 'toJSON') return Reflect.get(obj, key);
        const name = `${path}.${key}`;
        if (!(key in obj)) throw new Error(`fake chrome: ${name} is not implemented`);
        const value = Reflect.get(obj, key) as unknown;
        if (typeof value === 'function') {
          return (...args: unknown[]) => {
            calls.set(name, (calls.get(name) ?? 0) + 1);
            return (value as (...a: unknown[]) => unknown).apply(obj, args);
          };
        }
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) return strict(value, name);
        return value;
      },
    });

  return {
    chrome: strict(api, 'chrome') as typeof chrome,
    calls,
    count: (name) => calls.get(name) ?? 0,
    badge,
    menus,
    windows,
    tabs,
    messageListeners: onMessage.listeners,
  };
}
