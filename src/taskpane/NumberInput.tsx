import { Field, Input } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { t, type Lang } from '../i18n/catalogue';
import { usePaneStyles } from './styles';

/**
 * A number field that applies a value only when it is whole and in range: out of range, it
 * says the range ("từ 0 đến 100 %") and puts back the value confirmed before the typing began
 * (typing 150 passes through 1 and 15 on the way: neither may stay applied), saying so.
 */
export function NumberInput(props: {
  id: string;
  lang: Lang;
  value: string;
  parse: (s: string) => number | undefined;
  onValue: (n: number) => void;
  /** The range the field takes, said when the text is refused. */
  range: string;
  label?: string;
  /** What the field is for, or what applies while it is blank (greyed under it). */
  hint?: string;
}) {
  const s = usePaneStyles();
  const [text, setText] = useState<string | null>(null);
  /** The value shown when the typing began: the last one the clerk confirmed. */
  const start = useRef<string | null>(null);
  const bad = text !== null && props.parse(text) === undefined;
  const kept = start.current ?? props.value;
  const input = useRef<HTMLInputElement>(null);
  // A value set from elsewhere (a reset, an undo) replaces refused text the clerk has left.
  useEffect(() => {
    if (document.activeElement === input.current) return;
    setText(null);
    start.current = null;
  }, [props.value]);
  return (
    <Field
      validationMessage={bad ? `${props.range}. ${t('pane.rules.kept', { value: kept === '' ? t('pane.rules.off', {}, props.lang) : kept }, props.lang)}` : undefined}
      validationState={bad ? 'error' : 'none'}
      label={props.label}
      hint={bad ? undefined : props.hint}
    >
      <Input
        ref={input}
        id={props.id}
        className={s.fill}
        value={text ?? props.value}
        onFocus={() => {
          if (text === null) start.current = props.value;
        }}
        onChange={(_, d) => {
          if (start.current === null) start.current = props.value;
          setText(d.value);
          const n = props.parse(d.value);
          if (n !== undefined) props.onValue(n);
          else {
            // Back to the confirmed value, if a prefix of this typing had replaced it.
            const back = props.parse(start.current);
            if (back !== undefined && props.value !== start.current) props.onValue(back);
          }
        }}
        onBlur={() => {
          if (bad) return;
          setText(null);
          start.current = null;
        }}
      />
    </Field>
  );
}
