import 'i18next';
import type { jaResources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof jaResources;
  }
}
