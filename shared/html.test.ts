import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html.ts';

describe('escapeHtml', () => {
  it('turns the five characters HTML gives meaning into entities, and leaves the rest', () => {
    expect(escapeHtml(`<a href="x">Tom's H&S</a> — é`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom&#39;s H&amp;S&lt;/a&gt; — é');
  });
});
