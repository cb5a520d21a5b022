import type { HostingPlan, Option } from '@shared/domain';
import { useCommands } from '../../../data';

/** Saving helpers for one option's editor: every change is one transaction applied to the stored record. */
export function useOptionEditing(option: Option) {
  const commands = useCommands();
  const update = (updater: (current: Option) => Option) => commands.appraisals.updateChild('option', option, updater);
  return {
    update,
    save: (patch: Partial<Option>) => update((o) => ({ ...o, ...patch })),
    /** Term changes move the cost lines tied to the old start and end with them. */
    saveTerms: (patch: Partial<Option['terms']>) => commands.appraisals.saveOptionTerms(option, patch),
    saveHosting: (patch: Partial<HostingPlan>) => update((o) => ({ ...o, hosting: { ...o.hosting, ...patch } })),
  };
}

export type OptionEditing = ReturnType<typeof useOptionEditing>;
