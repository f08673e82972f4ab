import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { t, type Lang } from '../i18n/catalogue';
import { usePaneStyles } from './styles';

/**
 * A question before an action that cannot be taken back: what it will do, in words, and
 * the choices. Escape or "Huỷ" does nothing.
 */
export function ConfirmDialog(props: {
  open: boolean;
  lang: Lang;
  title: string;
  text: ReactNode;
  confirm: string;
  /** A second way to go on ("Đọc lại, bỏ thay đổi"). */
  other?: string;
  onConfirm: () => void;
  onOther?: () => void;
  onCancel: () => void;
}) {
  const s = usePaneStyles();
  return (
    // No closing animation: the pane may be replaced right after an answer (another workbook
    // opened), and a dialog still fading out then left the page hidden from screen readers.
    <Dialog open={props.open} modalType="alert" surfaceMotion={null} onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent className={s.dialogContent}>{props.text}</DialogContent>
          <DialogActions fluid position="start" className={s.row}>
            <Button appearance="primary" onClick={props.onConfirm}>
              {props.confirm}
            </Button>
            {props.other && <Button onClick={props.onOther}>{props.other}</Button>}
            <Button appearance="subtle" onClick={props.onCancel}>
              {t('pane.cancel', {}, props.lang)}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
