import { CoalitionDetailsInput } from './model';
import { defineCommand } from '../commands/define';

export const updateCoalition = defineCommand({
  name: 'updateCoalition',
  label: 'change coalition details',
  input: CoalitionDetailsInput,
  describe: (input) => `change coalition details to "${input.name}"`,
  apply(draft, input) {
    draft.coalition.name = input.name;
    draft.coalition.community = input.community;
    if (input.timeZone) draft.coalition.timeZone = input.timeZone;
  },
});

export const coalitionCommands = { updateCoalition };
