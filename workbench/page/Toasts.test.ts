import { describe, expect, it } from 'vitest';
import { toastMs } from './Toasts.tsx';

describe("how long an add-on's toast stays", () => {
  it('follows toast(msg, title, timeoutSeconds): null is 5 seconds, negative until dismissed', () => {
    expect([toastMs(null), toastMs(3), toastMs(0.5), toastMs(-1)]).toEqual([5000, 3000, 500, null]);
  });
});
