import { defineManifest } from '@crxjs/vite-plugin';

/**
 * The clipper's manifest. Every permission has a reason (README "Permissions"); nothing is loaded
 * from the network (no remote code) and the pages' CSP forbids eval.
 */
export default defineManifest({
  manifest_version: 3,
  name: 'SECOR Ready clipper',
  short_name: 'SECOR clipper',
  version: '0.1.0',
  description: 'Save web records (certificates, inspection reports, PDFs) as dated evidence into your SECOR Ready tracker.',
  background: { service_worker: 'extension/background/index.ts', type: 'module' },
  action: { default_title: 'Save this page as SECOR evidence', default_popup: 'extension/popup/index.html' },
  options_ui: { page: 'extension/options/index.html', open_in_tab: true },
  commands: {
    _execute_action: { suggested_key: { default: 'Alt+Shift+S' }, description: 'Open the clipper' },
    'quick-save': { suggested_key: { default: 'Alt+Shift+Q' }, description: 'Save this page to the last requirement' },
  },
  permissions: ['activeTab', 'scripting', 'contextMenus', 'storage', 'alarms', 'pageCapture'],
  host_permissions: ['https://script.google.com/*', 'https://script.googleusercontent.com/*', 'http://127.0.0.1/*'],
  content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
});
