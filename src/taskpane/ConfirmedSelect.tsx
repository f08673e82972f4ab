import { Select, type SelectProps } from '@fluentui/react-components';
import { useRef, useState, type ReactNode } from 'react';

/** Keys that move a closed list's choice (Edge WebView and Chromium on Windows change the value at once). */
const MOVING = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * A list whose choice counts only once confirmed. A click in the open list is a choice; on a
 * closed list each arrow key (or letter) moves the shown value without applying it, and
 * Enter, or leaving the list, applies the one it stopped on; Escape puts back the one in use.
 * Without this, arrowing through a column list reassigned the column on every key press.
 */
export function ConfirmedSelect(
  props: Omit<SelectProps, 'onChange' | 'value'> & {
    value: string;
    onPick: (value: string) => void;
    /** Told while a keyed choice waits for Enter (a hint under the field). */
    onPending?: (value: string | null) => void;
    children: ReactNode;
  },
) {
  const { value, onPick, onPending, children, ...rest } = props;
  const [pending, setPendingState] = useState<string | null>(null);
  const keyed = useRef(false);
  const setPending = (v: string | null) => {
    setPendingState(v);
    onPending?.(v);
  };
  const commit = () => {
    if (pending === null) return;
    const v = pending;
    setPending(null);
    if (v !== value) onPick(v);
  };
  return (
    <Select
      {...rest}
      value={pending ?? value}
      data-pending={pending !== null ? 'true' : undefined}
      onPointerDown={() => {
        keyed.current = false;
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && pending !== null) {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape' && pending !== null) {
          // Escape here belongs to the list, not to a dialog or step around it.
          e.preventDefault();
          e.stopPropagation();
          setPending(null);
        } else keyed.current = !e.altKey && (MOVING.has(e.key) || e.key.length === 1);
      }}
      onChange={(_, d) => {
        if (keyed.current) setPending(d.value === value ? null : d.value);
        else {
          setPending(null);
          if (d.value !== value) onPick(d.value);
        }
        keyed.current = false;
      }}
      onBlur={() => commit()}
    >
      {children}
    </Select>
  );
}
