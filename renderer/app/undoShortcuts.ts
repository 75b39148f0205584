import { useEffect, useRef } from 'react';

/**
 * Ctrl+Z / Cmd+Z and Shift+Ctrl+Z / Cmd+Shift+Z (and Ctrl+Y) undo and redo workspace changes,
 * except while the person is typing in a text field: there the field undoes its own typing, as
 * everywhere else on their computer.
 *
 * The desktop menu has Undo and Redo items with the same shortcuts. Depending on the platform a
 * key press may reach both this handler and the menu, so a menu request that arrives just after
 * a key press is ignored rather than undoing twice.
 */
const NOT_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

export function isTextEntry(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable) return true;
  if (element instanceof HTMLTextAreaElement) return !element.readOnly;
  if (element instanceof HTMLInputElement) return !element.readOnly && !NOT_TEXT_INPUTS.has(element.type);
  return false;
}

export type UndoDirection = 'undo' | 'redo';

export function shortcutDirection(event: KeyboardEvent): UndoDirection | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

const MENU_ECHO_MS = 400;

/**
 * Installs the keyboard shortcuts and returns the handler for the menu's Undo/Redo, which does
 * the same: the workspace outside text fields, the field's own undo inside one.
 */
export function useUndoShortcuts(actions: { undo(): Promise<void>; redo(): Promise<void> }, enabled: boolean) {
  const lastKeyAt = useRef(0);
  const actionsRef = useRef(actions);
  actionsRef.current = actions;

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const direction = shortcutDirection(event);
      if (!direction) return;
      lastKeyAt.current = Date.now();
      if (isTextEntry(document.activeElement)) return;
      event.preventDefault();
      void actionsRef.current[direction]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);

  return (direction: UndoDirection) => {
    if (Date.now() - lastKeyAt.current < MENU_ECHO_MS) return;
    if (isTextEntry(document.activeElement)) {
      // The menu was clicked while a field had focus: undo the field's typing, not the workspace.
      document.execCommand(direction);
      return;
    }
    if (enabled) void actionsRef.current[direction]();
  };
}
