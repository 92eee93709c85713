import { createBackground } from './background.ts';
import { browserDeps } from './deps.ts';

const background = createBackground(browserDeps());
void background.start();
// For the browser tests, which call the same functions the listeners call (context menus, quick-save).
(globalThis as { secorClipper?: typeof background }).secorClipper = background;
