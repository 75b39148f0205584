import { Box } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

/**
 * A list that renders only the rows in view, so a coalition with years of meetings and hundreds
 * of action items scrolls as smoothly as a new one. Short lists render whole (no inner scroll),
 * which keeps them simple to read and to print.
 */
export function VirtualList<T>({
  items,
  estimate,
  render,
  getKey,
  label,
  maxHeight = 620,
  threshold = 40,
}: {
  items: readonly T[];
  estimate: (item: T) => number;
  render: (item: T) => ReactNode;
  getKey: (item: T) => string;
  label: string;
  maxHeight?: number;
  threshold?: number;
}) {
  const parent = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: items.length,
    getScrollElement: () => parent.current,
    estimateSize: (index) => estimate(items[index]!),
    getItemKey: (index) => getKey(items[index]!),
    overscan: 8,
  });
  if (items.length <= threshold) {
    return (
      <Box role="list" aria-label={label}>
        {items.map((item) => (
          <Box role="listitem" key={getKey(item)}>
            {render(item)}
          </Box>
        ))}
      </Box>
    );
  }
  return (
    <Box ref={parent} role="list" aria-label={label} style={{ maxHeight, overflowY: 'auto' }} tabIndex={0}>
      <Box style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((row) => (
          <Box
            role="listitem"
            key={row.key}
            data-index={row.index}
            ref={virtual.measureElement}
            style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start}px)` }}
          >
            {render(items[row.index]!)}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
