import { memo, useRef, useState, type KeyboardEvent } from 'react';
import { COLUMNS, FIRST_ROW_ELEMENT, ROW_HEIGHT, TOTAL_WIDTH } from './register-columns';
import type { RegisterRow, SortKey, SortState } from './register-model';
import { useFixedRows } from './use-fixed-rows';

interface Props {
  rows: readonly RegisterRow[];
  sort: SortState;
  onSort: (key: SortKey) => void;
  selected: string | null;
  onSelect: (reference: string) => void;
  caption: string;
}

/**
 * The register as an ARIA grid: only visible rows are in the DOM (100,000 rows scroll smoothly),
 * the header and first column stay put, and arrow keys move a single focusable cell. Drawn again
 * only when its own props change: the register screen renders at each page of contracts read and
 * each slice of the stepped work on them (issue 16), which leave the rows shown as they were.
 */
export const RegisterTable = memo(function RegisterTable({ rows, sort, onSort, selected, onSelect, caption }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const inView = useFixedRows(scrollRef, rows.length, ROW_HEIGHT, 12);

  const focusCell = (row: number, col: number) => {
    const r = Math.max(0, Math.min(rows.length - 1, row));
    const c = Math.max(0, Math.min(COLUMNS.length - 1, col));
    setActive({ row: r, col: c });
    inView.scrollToIndex(r);
    requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${r}:${c}"]`)?.focus();
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 320) / ROW_HEIGHT) - 1);
    const moves: Record<string, [number, number]> = {
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowRight: [0, 1],
      ArrowLeft: [0, -1],
      PageDown: [page, 0],
      PageUp: [-page, 0],
    };
    if (e.key in moves) {
      e.preventDefault();
      const [dr, dc] = moves[e.key];
      focusCell(active.row + dr, active.col + dc);
    } else if (e.key === 'Home') {
      e.preventDefault();
      focusCell(e.ctrlKey ? 0 : active.row, 0);
    } else if (e.key === 'End') {
      e.preventDefault();
      focusCell(e.ctrlKey ? rows.length - 1 : active.row, COLUMNS.length - 1);
    } else if ((e.key === 'Enter' || e.key === ' ') && rows[active.row]) {
      e.preventDefault();
      onSelect(rows[active.row].contract.reference);
    }
  };

  // Keep exactly one cell in the tab order even when the active row has scrolled out of view.
  const virtualItems = inView.rows;
  const tabbableRow = virtualItems.some((v) => v.index === active.row) ? active.row : (virtualItems[0]?.index ?? 0);

  return (
    <div
      ref={scrollRef}
      className="grid-scroll"
      role="grid"
      aria-label={caption}
      aria-rowcount={rows.length + 1}
      aria-colcount={COLUMNS.length}
      onKeyDown={onKeyDown}
    >
      <div style={{ width: TOTAL_WIDTH }}>
        <div role="row" aria-rowindex={1} className="grid-row grid-header">
          {COLUMNS.map((col, i) => {
            const dir = sort.key === col.key ? sort.direction : null;
            return (
              <div
                key={col.key}
                role="columnheader"
                aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                className={`grid-cell${i === 0 ? ' frozen' : ''}${col.numeric ? ' numeric' : ''}`}
                style={{ width: col.width }}
              >
                <button type="button" className="sort-button" onClick={() => onSort(col.key)}>
                  {col.label}
                  <span aria-hidden="true">{dir === 'asc' ? ' ▲' : dir === 'desc' ? ' ▼' : ''}</span>
                </button>
              </div>
            );
          })}
        </div>
        <div role="rowgroup" style={{ height: inView.totalSize, position: 'relative' }}>
          {virtualItems.map((item) => {
            const row = rows[item.index];
            const isSelected = row.contract.reference === selected;
            return (
              <div
                key={row.contract.reference}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={isSelected}
                className={`grid-row${isSelected ? ' selected' : ''}${row.keyDates.overdue ? ' overdue' : ''}`}
                style={{ position: 'absolute', top: 0, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => onSelect(row.contract.reference)}
              >
                {COLUMNS.map((col, c) => {
                  const isActive = tabbableRow === item.index && active.col === c;
                  return (
                    <div
                      key={col.key}
                      role={c === 0 ? 'rowheader' : 'gridcell'}
                      data-cell={`${item.index}:${c}`}
                      {...(item.index === 0 && c === 0 ? { elementtiming: FIRST_ROW_ELEMENT } : {})}
                      tabIndex={isActive ? 0 : -1}
                      onFocus={() => setActive({ row: item.index, col: c })}
                      className={`grid-cell${c === 0 ? ' frozen' : ''}${col.numeric ? ' numeric' : ''}`}
                      style={{ width: col.width }}
                    >
                      {col.render(row)}
                      {col.assumed?.(row) && <AssumedMark />}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});

/** Marks a date worked out from the trust's default notice period or lead time (explained under the register). */
export function AssumedMark() {
  return (
    <span className="assumed-mark" title="Assumed: no notice period or lead time is recorded, so the trust's default is used">
      <span aria-hidden="true">*</span>
      <span className="visually-hidden"> (assumed)</span>
    </span>
  );
}
