import { memo } from 'react';
import { hoursInWords, openAroundTheClock } from '../../src/directory/hours';
import { ServiceKind, type Service } from '../../src/directory/model';
import classes from './directory.module.css';

/** Every row is this tall: the list is virtualized and places rows by their height. */
export const SERVICE_ROW_HEIGHT = 76;
const ROW_STYLE = { height: SERVICE_ROW_HEIGHT };

interface Props {
  service: Service;
  organizationName: string;
  due: boolean;
  first: boolean;
  last: boolean;
  onEdit: (service: Service) => void;
  onAct: (service: Service, action: 'up' | 'down' | 'checked' | 'delete') => void;
}

/**
 * One service in the list, from plain elements (Mantine components cost too much per row when a
 * keystroke in the search redraws the list), memoized so rows that stay in view are left alone.
 */
export const ServiceRow = memo(function ServiceRow({
  service,
  organizationName,
  due,
  first,
  last,
  onEdit,
  onAct,
}: Props) {
  const name = service.name;
  return (
    <div className={classes.row} style={ROW_STYLE} role="listitem" aria-label={name} data-testid="service-row">
      <div style={{ minWidth: 0 }}>
        <div className={classes.name}>{name}</div>
        <div className={classes.muted}>
          {ServiceKind.labelOf(service.kind)} · {organizationName}
        </div>
        <div className={classes.marks}>
          {service.receivingFacility ? (
            <span className={`${classes.mark} ${classes.receiving}`}>Receiving facility</span>
          ) : null}
          {openAroundTheClock(service) ? <span className={`${classes.mark} ${classes.allDay}`}>24 hours</span> : null}
          {due ? <span className={`${classes.mark} ${classes.due}`}>Needs checking</span> : null}
          {service.languages.length ? <span className={classes.mark}>{service.languages.join(', ')}</span> : null}
        </div>
      </div>
      <div style={{ minWidth: 0 }}>
        <div className={classes.phone}>{service.phone || '—'}</div>
        <div className={classes.muted}>{hoursInWords(service)}</div>
      </div>
      <div style={{ minWidth: 0 }}>
        <div className={classes.muted}>{service.area || service.city || 'Area not given'}</div>
        <div className={classes.muted}>Last checked: {service.lastChecked ?? 'never'}</div>
      </div>
      <div className={classes.actions}>
        <button type="button" aria-label={`Move ${name} up`} disabled={first} onClick={() => onAct(service, 'up')}>
          ↑
        </button>
        <button type="button" aria-label={`Move ${name} down`} disabled={last} onClick={() => onAct(service, 'down')}>
          ↓
        </button>
        <button type="button" aria-label={`Mark ${name} as checked today`} onClick={() => onAct(service, 'checked')}>
          Checked today
        </button>
        <button type="button" aria-label={`Edit ${name}`} onClick={() => onEdit(service)}>
          Edit
        </button>
        <button type="button" aria-label={`Delete ${name}`} onClick={() => onAct(service, 'delete')}>
          Delete
        </button>
      </div>
    </div>
  );
});
