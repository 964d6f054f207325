// One line saying what a tap area does ("Link: https://…"), for the areas list and the preview.

import { assertNever } from '../../../shared/domain/assert';
import type { TapAction } from '../../../shared/editor/document';
import type { Translate } from '../../../shared/i18n/text';

/** `t` is i18next's (or any) translate function; the action names are `editor.actions.types.*`. */
export function actionSummary(action: TapAction | null, t: Translate): string {
  if (!action) return t('editor.actions.none');
  const name = t(`editor.actions.types.${action.type}`);
  const detail = actionDetail(action);
  return detail ? `${name}: ${detail}` : name;
}

function actionDetail(action: TapAction): string {
  switch (action.type) {
    case 'uri':
      return action.uri;
    case 'message':
      return action.text;
    case 'postback':
    case 'datetimepicker':
      return action.data;
    case 'richmenuswitch':
      return action.richMenuAliasId;
    case 'clipboard':
      return action.clipboardText;
    case 'camera':
    case 'cameraRoll':
    case 'location':
      return '';
    default:
      return assertNever(action, 'actionDetail');
  }
}
