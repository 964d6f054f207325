// Types every t() call against the English catalogue, so a misspelt key is a compile error.

import 'i18next';
import type { en } from '../../../shared/i18n/messages/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
