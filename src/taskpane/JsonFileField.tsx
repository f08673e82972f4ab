import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { t, type Lang } from '../i18n/catalogue';
import { usePaneStyles } from './styles';

/**
 * A button that opens a JSON file (the command line's `--plan` or `--agency` file) and hands
 * its text, without a byte-order mark, to `read`, which applies it and returns the sentences
 * that say what is wrong with it (none when it was taken): shown under the button until the
 * next file.
 */
export function JsonFileField(props: { lang: Lang; label: string; hint: string; choose: string; read: (text: string, fileName: string) => string[] }) {
  const { lang, label, hint, choose, read } = props;
  const s = usePaneStyles();
  const input = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<string[]>([]);
  return (
    <>
      <Field label={label} hint={hint}>
        <div className={s.row}>
          <Button size="small" onClick={() => input.current?.click()}>
            {choose}
          </Button>
          <input
            ref={input}
            className={s.hiddenInput}
            type="file"
            aria-label={label}
            accept=".json,application/json"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              setErrors(read((await file.text()).replace(/^\uFEFF/, ''), file.name));
              e.target.value = '';
            }}
          />
        </div>
      </Field>
      {errors.map((m, i) => (
        <MessageBar key={i} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('pane.error', {}, lang)}</MessageBarTitle>
            {m}
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
