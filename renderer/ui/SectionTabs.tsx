import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

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
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const onKeyDown = (e: KeyboardEvent) => {
    const i = refs.current.indexOf(e.target as HTMLButtonElement);
    if (i < 0) return;
    const next = e.key === 'ArrowRight' ? (i + 1) % tabs.length : e.key === 'ArrowLeft' ? (i + tabs.length - 1) % tabs.length : -1;
    if (next < 0) return;
    e.preventDefault();
    onChange(tabs[next][0]);
    refs.current[next]?.focus();
  };
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
