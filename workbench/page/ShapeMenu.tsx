import { useEffect, useRef } from 'preact/hooks';
import type { ShapeChange } from '../page-api.ts';
import type { ShapeMenuItem } from './shape-menu-items.ts';
import './ShapeMenu.css';

export interface ShapeMenuAt {
  readonly x: number;
  readonly y: number;
  readonly items: readonly ShapeMenuItem[];
}

interface Props {
  readonly at: ShapeMenuAt;
  readonly onChoose: (change: ShapeChange) => void;
  readonly onClose: () => void;
}

/** A row's or column's menu where it was right-clicked; a click elsewhere or Escape closes it. */
export function ShapeMenu({ at, onChoose, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector('button')?.focus();
    const away = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('click', away);
    document.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('click', away);
      document.removeEventListener('keydown', onEscape);
    };
  }, [at, onClose]);
  return (
    <div id="shape-menu" role="menu" aria-label="Row or column" ref={menu} style={{ left: `${at.x}px`, top: `${at.y}px` }}>
      {at.items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          onClick={() => {
            onClose();
            onChoose(item.change);
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
