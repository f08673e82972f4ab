import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';
import { t, type Lang } from '../i18n/catalogue';
import { usePaneStyles } from './styles';

/**
 * A question before an action that cannot be taken back: what it will do, in words, and
 * the choices. Escape or "Huỷ" does nothing. However it closes, focus goes back to the
 * control that opened it (or the one `returnFocus` names), never to the page body.
 */
export function ConfirmDialog(props: {
  open: boolean;
  lang: Lang;
  title: string;
  text: ReactNode;
  /** The action's button; none when the dialog only tells (then the cancel button closes it). */
  confirm?: string;
  /** A second way to go on ("Đọc lại, bỏ thay đổi"). */
  other?: string;
  /** The cancel button's words when "Huỷ" says too little ("Giữ cột cho …"). */
  cancel?: string;
  /** The id of the control to focus once the dialog closes (when not the one focused before it opened). */
  returnFocus?: string;
  onConfirm: () => void;
  onOther?: () => void;
  onCancel: () => void;
}) {
  const s = usePaneStyles();
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  const returnId = useRef(props.returnFocus);
  if (props.open) returnId.current = props.returnFocus ?? returnId.current;
  // The opener is taken while rendering the opening: by the time this component's effects run,
  // the dialog's own (a child's, run first) has already moved focus into it.
  if (props.open && !wasOpen.current && opener.current === null) {
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }
  useEffect(() => {
    if (!props.open && wasOpen.current) {
      const back = (returnId.current && document.getElementById(returnId.current)) || opener.current;
      returnId.current = undefined;
      opener.current = null;
      // After the dialog's own focus handling, which would otherwise leave it on the body.
      const frame = requestAnimationFrame(() => {
        if (back?.isConnected && document.activeElement !== back) back.focus();
      });
      wasOpen.current = false;
      return () => cancelAnimationFrame(frame);
    }
    wasOpen.current = props.open;
    return undefined;
  }, [props.open]);
  return (
    // No closing animation: the pane may be replaced right after an answer (another workbook
    // opened), and a dialog still fading out then left the page hidden from screen readers.
    <Dialog open={props.open} modalType="alert" surfaceMotion={null} onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface className={s.dialogSurface}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent className={s.dialogContent}>{props.text}</DialogContent>
          <DialogActions fluid position="start" className={s.row}>
            {props.confirm && (
              <Button appearance="primary" onClick={props.onConfirm}>
                {props.confirm}
              </Button>
            )}
            {props.other && <Button onClick={props.onOther}>{props.other}</Button>}
            <Button appearance={props.confirm ? 'subtle' : 'primary'} onClick={props.onCancel}>
              {props.cancel ?? t('pane.cancel', {}, props.lang)}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
