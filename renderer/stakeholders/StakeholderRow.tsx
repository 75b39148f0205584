import { Tooltip } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { memo, useState } from 'react';
import type { Stakeholder } from '../../src/stakeholders/model/stakeholder';
import { shortSectorLabel } from '../../src/stakeholders/coverage';
import { bringsLivedExperience, sectorOf } from '../../src/stakeholders/sectorOf';
import type { Lookups } from './lookups';
import { SelectCheckbox } from './SelectCheckbox';
import { PlainStageBadge, readableBadge } from './StageBadge';
import classes from './stakeholders.module.css';

/** Every row is this tall (the list is virtualized: it places rows by their height). */
export const ROW_HEIGHT = 52;
const ROW_STYLE = { height: ROW_HEIGHT };
/** Tags shown in the row; the drawer lists them all. */
const TAGS_SHOWN = 3;
const TAG_STYLE = readableBadge('gray');

interface Props {
  person: Stakeholder;
  /** The row's place in the table for screen readers: the header row is 1, the first person 2. */
  rowIndex: number;
  selected: boolean;
  lookups: Lookups;
  onSelect: (ids: string[], on: boolean) => void;
  onOpen: (id: string) => void;
}

/**
 * One person in the list. Built from plain elements styled by the list's stylesheet (Mantine's
 * Text, Group, Badge and Checkbox cost far more per row, and the rows are redrawn as the person
 * types), and memoized, so rows that stay in view as the search changes are left alone.
 */
export const StakeholderRow = memo(function StakeholderRow({
  person,
  rowIndex,
  selected,
  lookups,
  onSelect,
  onOpen,
}: Props) {
  const organization = lookups.organizationName(person.organizationId);
  return (
    <tr
      aria-rowindex={rowIndex}
      aria-selected={selected}
      className={classes.row}
      data-selected={selected || undefined}
      style={ROW_STYLE}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('input,button,a')) return;
        onOpen(person.id);
      }}
    >
      <td className={classes.checkCell}>
        <SelectCheckbox
          label={`Select ${person.name}`}
          checked={selected}
          onChange={(on) => onSelect([person.id], on)}
        />
      </td>
      <td>
        <div className={classes.nameLine}>
          <button
            type="button"
            className={`mantine-focus-auto ${classes.nameButton}`}
            onClick={() => onOpen(person.id)}
          >
            {person.name}
          </button>
          {bringsLivedExperience(person) ? <LivedExperienceMark /> : null}
        </div>
        {person.title ? <div className={classes.secondLine}>{person.title}</div> : null}
      </td>
      <td className={classes.cellText}>{organization || <span className={classes.blank}>—</span>}</td>
      <td className={classes.cellText}>{shortSectorLabel(sectorOf(person, lookups.organizations))}</td>
      <td>
        <PlainStageBadge stage={person.stage} />
      </td>
      <td>
        <div className={classes.tags}>
          {person.tags.slice(0, TAGS_SHOWN).map((tag) => (
            <span key={tag} className={`${classes.badge} ${classes.tag}`} style={TAG_STYLE}>
              {tag}
            </span>
          ))}
          {person.tags.length > TAGS_SHOWN ? (
            <span className={classes.moreTags}>+{person.tags.length - TAGS_SHOWN}</span>
          ) : null}
        </div>
      </td>
    </tr>
  );
});

/**
 * The heart beside the name of someone who brings lived experience, with its tooltip. Mantine's
 * Tooltip sets up its positioning and renders twice more as it mounts, too much for every row
 * drawn while typing, so it joins the icon when the pointer first comes to it (and shows as the
 * pointer moves on the icon, after the usual delay).
 */
function LivedExperienceMark() {
  const [pointedAt, setPointedAt] = useState(false);
  const icon = (
    <IconHeartHandshake
      size={16}
      aria-label="Brings lived experience"
      className={classes.livedIcon}
      onPointerEnter={() => setPointedAt(true)}
    />
  );
  return pointedAt ? <Tooltip label="Brings lived experience">{icon}</Tooltip> : icon;
}
