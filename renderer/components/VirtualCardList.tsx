import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

/**
 * A scrolling list of cards that renders only the cards in view: a county with years of records
 * may hold hundreds of policies or nominations. Each card is measured once drawn, so cards of
 * different heights stack without gaps; `paddingBottom` is the space between them.
 * (actions/VirtualList is the other kind: short lists whole, rows of known height.)
 */
export function VirtualCardList<T>({
  items,
  getKey,
  label,
  maxHeight,
  testId,
  render,
}: {
  items: readonly T[];
  getKey: (item: T) => string;
  /** The list's accessible name. */
  label: string;
  maxHeight: string;
  testId: string;
  render: (item: T) => ReactNode;
}) {
  const parent = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => parent.current,
    estimateSize: () => 96,
    overscan: 6,
  });
  return (
    <div ref={parent} style={{ maxHeight, overflowY: 'auto' }} data-testid={testId}>
      <div role="list" aria-label={label} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((slot) => {
          const item = items[slot.index]!;
          return (
            <div
              key={getKey(item)}
              role="listitem"
              data-index={slot.index}
              ref={virtualizer.measureElement}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                transform: `translateY(${slot.start}px)`,
                paddingBottom: 8,
              }}
            >
              {render(item)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
