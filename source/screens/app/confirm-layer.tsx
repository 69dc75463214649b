import {ConfirmDialog} from '../../components/confirm-dialog.js';
import {useKeymap} from '../../keymap/use-keymap.js';
import type {ConfirmRequest} from './shell-context.js';

/** A confirmation over the screen: `y` closes it and confirms, `n`/`esc` only closes it. */
export function ConfirmLayer({request, onClose}: {request: ConfirmRequest; onClose: () => void}) {
  useKeymap(
    {
      'confirm.yes': () => {
        onClose();
        request.onConfirm();
      },
      'confirm.no': onClose,
    },
    {scopes: ['confirm']},
  );
  return <ConfirmDialog title={request.title} message={request.message} isDangerous />;
}
