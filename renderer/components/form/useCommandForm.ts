import { schemaResolver, useForm, type UseFormReturnType } from '@mantine/form';
import { useEffect, useEffectEvent, type FormEvent } from 'react';
import { showFailure, showSuccess } from '../feedback';
import type { DialogProps } from './FormDialog';

/**
 * What every form that saves through one workspace command does, in one place:
 *
 *   const { form, dialog } = useCommandForm({
 *     opened,                                        // the dialog's; omit for a form always shown
 *     initialValues: () => (item ? valuesOf(item) : BLANK),  // read again each time it opens
 *     schema: ItemFields,                            // zod: messages show beside the fields
 *     save: (values) => run('addItem', values),
 *     success: (values) => `Added “${values.title}”.`,
 *     failure: 'The item was not saved',
 *     onClose,                                       // a dialog closes once saved
 *   });
 *   return <FormDialog {...dialog} title="New item" saveLabel="Add item">…form.getInputProps…</FormDialog>;
 *
 * An inline form passes no `onClose`, uses `submit` and `submitting` itself, and clears in
 * `onSaved: () => form.reset()`.
 *
 * A refusal whose messages name fields (ApiError.fields, `changes.` prefix or not) puts them
 * beside those fields and keeps the form open; any other refusal is said in a notification.
 */

/** Any schema @mantine/form can check with (zod's included). */
type Schema = Parameters<typeof schemaResolver>[0];

export interface CommandFormOptions<Values extends object> {
  /** When given, the form starts again from `initialValues` each time this turns true. */
  opened?: boolean;
  /** A function when they come from the record being edited: it is read at each opening. */
  initialValues: Values | (() => Values);
  /** Checked before saving; usually the command's own zod schema, so both say the same. */
  schema?: Schema;
  /** Does the work, usually `run('commandName', input)`. Throwing means "not saved". */
  save: (values: Values) => Promise<unknown>;
  /** Said when saved: a message, or one made from the values that were saved. Omit it when the
   *  saved thing showing up on the page says enough (an inline add-form). */
  success?: string | ((values: Values) => string);
  /** The title of the notification that says why it was not saved. */
  failure: string;
  /** Where the form calls a field otherwise than its command does: the form's name for a
   *  command field a refusal names ("item.title" → "title"). */
  fieldOf?: (commandField: string) => string;
  /** After a save and its message: an inline form clears here, or the caller moves on. */
  onSaved?: (values: Values) => void;
  /** A dialog's close: called for Cancel, and after a save (and `onSaved`). */
  onClose?: () => void;
}

export interface CommandForm<Values extends object> {
  form: UseFormReturnType<Values>;
  /** The `<form onSubmit>` handler: validates, saves, reports. */
  submit: (event?: FormEvent<HTMLFormElement>) => void;
  /** True while the save is on its way, for the save button's `loading`. */
  submitting: boolean;
}

/** What FormDialog needs from the form, to spread onto it: `<FormDialog {...dialog} …>`. */
export interface DialogBinding extends DialogProps {
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  submitting: boolean;
}

export interface CommandDialogForm<Values extends object> extends CommandForm<Values> {
  dialog: DialogBinding;
}

/** One command's form: see the usage at the top of this file. Given `onClose`, it is a dialog's. */
export function useCommandForm<Values extends object>(
  options: CommandFormOptions<Values> & { onClose: () => void },
): CommandDialogForm<Values>;
export function useCommandForm<Values extends object>(options: CommandFormOptions<Values>): CommandForm<Values>;
export function useCommandForm<Values extends object>(
  options: CommandFormOptions<Values>,
): CommandForm<Values> & { dialog?: DialogBinding } {
  const { opened, initialValues, schema, save, success, failure, fieldOf, onSaved, onClose } = options;
  const valuesNow = () => (typeof initialValues === 'function' ? initialValues() : initialValues);

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: valuesNow(),
    validate: schema ? schemaResolver(schema, { sync: true }) : undefined,
  });

  // An effect event reads the newest record and form without being a reason to reset: only the
  // dialog opening is. (Listing them as deps would reset the form on every render.)
  const restart = useEffectEvent(() => {
    const values = valuesNow();
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
  });
  useEffect(() => {
    if (opened) restart();
  }, [opened]);

  const submit = form.onSubmit(async (values) => {
    try {
      await save(values);
    } catch (error) {
      showFailure(error, failure, form.setErrors, fieldOf);
      return;
    }
    if (success !== undefined) showSuccess(typeof success === 'function' ? success(values) : success);
    onSaved?.(values);
    onClose?.();
  });

  const submitting = form.submitting;
  // A dialog without `opened` is one mounted only while it shows (like a form always shown).
  const dialog = onClose ? { opened: opened ?? true, onClose, onSubmit: submit, submitting } : undefined;
  return { form, submit, submitting, dialog };
}
