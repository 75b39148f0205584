import { z } from 'zod';
import { Id } from '../../model/ids';
import { Sector } from '../../model/sector';
import { longText, optionalLine, requiredLine } from '../../model/text';

/** An agency or group that partners in the program: a police department, a crisis center, NAMI. */
export const OrganizationFields = z.object({
  name: requiredLine('Organization name'),
  sector: Sector.default('other'),
  address: optionalLine('Address', 500),
  website: optionalLine('Website', 500),
  notes: longText('Notes'),
});

export const Organization = z.looseObject({
  id: Id,
  ...OrganizationFields.shape,
});
export type Organization = z.infer<typeof Organization>;
