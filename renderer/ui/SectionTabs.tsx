import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

/**
 * The arrow keys of an ARIA tab list: Right and Left move to the next or previous tab (wrapping),
 * select it and focus it. A press moves from the tab that has focus, not from the selected one, which
 * may update a moment later: otherwise quick presses before the redraw would all move from one tab.
 * Put `refs` on each tab (by index) and `onKeyDown` on the tablist.
 */
export function useTabKeys<E extends HTMLElement>(count: number, select: (index: number) => void) {
  const refs = useRef<Array<E | null>>([]);
  const onKeyDown = (e: KeyboardEvent) => {
    const i = refs.current.indexOf(e.target as E);
    if (i < 0) return;
    const next = e.key === 'ArrowRight' ? (i + 1) % count : e.key === 'ArrowLeft' ? (i + count - 1) % count : -1;
    if (next < 0) return;
    e.preventDefault();
    select(next);
    refs.current[next]?.focus();
  };
  return { refs, onKeyDown };
}

/**
 * Tabs inside a screen (the ARIA tabs pattern): arrow keys move between them and Tab moves into the
 * panel. Used where a screen has several long views a user looks at one at a time.
 */
export function SectionTabs<T extends string>({
  label,
  tabs,
  current,
  onChange,
  children,
}: {
  label: string;
  tabs: ReadonlyArray<readonly [T, string]>;
  current: T;
  onChange: (tab: T) => void;
  children: ReactNode;
}) {
  const id = useId();
  const { refs, onKeyDown } = useTabKeys<HTMLButtonElement>(tabs.length, (next) => onChange(tabs[next][0]));
  return (
    <div className="section-tabs">
      <div role="tablist" aria-label={label} className="tabs tabs-secondary" onKeyDown={onKeyDown}>
        {tabs.map(([key, text], i) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`${id}-tab-${key}`}
            ref={(el) => {
              refs.current[i] = el;
            }}
            aria-selected={key === current}
            aria-controls={`${id}-panel`}
            tabIndex={key === current ? 0 : -1}
            onClick={() => onChange(key)}
          >
            {text}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${current}`} className="tab-panel">
        {children}
      </div>
    </div>
  );
}
