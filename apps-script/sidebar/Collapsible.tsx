import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';

interface Props {
  readonly title: ComponentChildren;
  readonly count?: number;
  readonly initiallyOpen?: boolean;
  readonly tone?: 'danger' | 'warn' | 'neutral';
  readonly children: ComponentChildren;
}

/** A header button that shows or hides its content (aria-expanded; Enter and Space work as on any button). */
export function Collapsible({ title, count, initiallyOpen = false, tone = 'neutral', children }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  return (
    <div class={`collapsible ${open ? 'is-open' : ''}`}>
      <button type="button" class="collapsible-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span class="chevron" aria-hidden="true" />
        <span class="collapsible-title">{title}</span>
        {count !== undefined && <span class={`count count-${tone}`}>{count}</span>}
      </button>
      <div id={id} class="collapsible-body" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
