import { Group, Paper, Select, Stack, type SelectProps, Switch, Text, Title, VisuallyHidden } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { Policy, PolicyRevision } from '../../src/policies/model';
import { collapseUnchanged, compareTexts, type CollapsedRow, type Segment } from '../../src/policies/compare';
import { revisionsByDate } from '../../src/policies/currentRevision';
import classes from './Compare.module.css';
import { tableDay } from '../../src/model/dateFormats';

/**
 * Two revisions' texts side by side, with the words taken out struck through on the left and the
 * words put in marked on the right. The comparison is the pure function from
 * src/policies/compare.ts; this only draws it.
 */
export function CompareRevisions({ policy }: { policy: Policy }) {
  const ordered = useMemo(() => revisionsByDate(policy), [policy]);
  const [fromId, setFromId] = useState<string | null>(ordered.at(-2)?.id ?? null);
  const [toId, setToId] = useState<string | null>(ordered.at(-1)?.id ?? null);
  const [onlyChanges, setOnlyChanges] = useState(true);

  // When a revision is added or deleted, compare the two newest again: that is almost always
  // the question ("what does the new draft change?"). Done while rendering, so the old pair is
  // never drawn against the new list.
  const key = ordered.map((r) => r.id).join(' ');
  const [pairedFor, setPairedFor] = useState(key);
  if (pairedFor !== key) {
    setPairedFor(key);
    setFromId(ordered.at(-2)?.id ?? null);
    setToId(ordered.at(-1)?.id ?? null);
  }

  const choices = ordered.map((r) => ({ value: r.id, label: `Version ${r.version} · ${tableDay(r.date)}` }));
  const from = ordered.find((r) => r.id === fromId) ?? null;
  const to = ordered.find((r) => r.id === toId) ?? null;

  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="compare-heading">
      <Title order={2} size="h3" id="compare-heading" mb="sm">
        Compare revisions
      </Title>
      {ordered.length < 2 ? (
        <Text size="sm" c="dimmed">
          Once the policy has two revisions, their texts can be compared here side by side.
        </Text>
      ) : (
        <Stack gap="md">
          <Group align="flex-end" wrap="wrap" gap="md">
            <VersionSelect label="Older version" data={choices} value={fromId} onChange={setFromId} />
            <VersionSelect label="Newer version" data={choices} value={toId} onChange={setToId} />
            <Switch
              label="Show only the changes"
              checked={onlyChanges}
              onChange={(e) => setOnlyChanges(e.currentTarget.checked)}
              mb={8}
            />
          </Group>
          {from && to ? <Comparison from={from} to={to} onlyChanges={onlyChanges} /> : null}
        </Stack>
      )}
    </Paper>
  );
}

/** One end of the comparison: a revision picked from all of them, never none. */
function VersionSelect(props: Pick<SelectProps, 'label' | 'data' | 'value' | 'onChange'>) {
  return <Select {...props} allowDeselect={false} w={260} />;
}

function Comparison({ from, to, onlyChanges }: { from: PolicyRevision; to: PolicyRevision; onlyChanges: boolean }) {
  const result = useMemo(() => compareTexts(from.text, to.text), [from.text, to.text]);
  const rows: CollapsedRow[] = useMemo(
    () => (onlyChanges ? collapseUnchanged(result.rows, 2) : result.rows),
    [result, onlyChanges],
  );

  if (from.id === to.id) return <Text size="sm">Choose two different versions to compare.</Text>;
  if (!from.text.trim() && !to.text.trim()) {
    return (
      <Text size="sm">
        Neither version has its text in the workspace. Add the text to a revision to compare wording.
      </Text>
    );
  }
  const { stats } = result;
  return (
    <Stack gap="sm">
      <Text size="sm" aria-live="polite" data-testid="compare-summary">
        {result.identical
          ? 'The two texts are the same.'
          : `${plural(stats.linesChanged, 'line')} changed, ${plural(stats.linesAdded, 'line')} added, ${plural(stats.linesRemoved, 'line')} taken out · ${plural(stats.wordsAdded, 'word')} put in, ${plural(stats.wordsRemoved, 'word')} taken out.`}
      </Text>
      <div className={classes.frame} role="region" aria-label={`Version ${from.version} beside version ${to.version}`}>
        <div className={classes.head} aria-hidden>
          <div>Version {from.version} (older)</div>
          <div>Version {to.version} (newer)</div>
        </div>
        <Rows rows={rows} />
      </div>
    </Stack>
  );
}

/** Virtualized, so a 200,000-character policy scrolls as smoothly as a page. */
function Rows({ rows }: { rows: CollapsedRow[] }) {
  const parent = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: () => 22,
    overscan: 20,
  });
  return (
    <div ref={parent} className={classes.scroller} tabIndex={0} aria-label="Compared lines">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={classes.row}
              data-kind={row.kind}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
            >
              {row.kind === 'skipped' ? (
                <div className={classes.skipped}>{plural(row.count, 'unchanged line')}</div>
              ) : (
                <>
                  <Side
                    segments={row.left}
                    line={row.leftLine}
                    tone={row.kind === 'same' ? null : (classes.oldChanged ?? null)}
                  />
                  <Side
                    segments={row.right}
                    line={row.rightLine}
                    tone={row.kind === 'same' ? null : (classes.newChanged ?? null)}
                  />
                </>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function Side({ segments, line, tone }: { segments: Segment[] | null; line: number | null; tone: string | null }) {
  if (!segments) return <div className={`${classes.cell} ${classes.empty}`} />;
  return (
    <div className={`${classes.cell} ${tone ?? ''}`}>
      <span className={classes.number} aria-hidden>
        {line}
      </span>
      <span className={classes.text}>
        {segments.map((segment, index) =>
          segment.change === 'removed' ? (
            <del key={index} className={classes.removed}>
              <VisuallyHidden>[taken out: </VisuallyHidden>
              {segment.text}
              <VisuallyHidden>]</VisuallyHidden>
            </del>
          ) : segment.change === 'added' ? (
            <ins key={index} className={classes.added}>
              <VisuallyHidden>[put in: </VisuallyHidden>
              {segment.text}
              <VisuallyHidden>]</VisuallyHidden>
            </ins>
          ) : (
            <span key={index}>{segment.text}</span>
          ),
        )}
        {segments.every((s) => s.text === '') ? '\u00a0' : null}
      </span>
    </div>
  );
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
}
