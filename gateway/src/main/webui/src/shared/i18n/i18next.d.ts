import 'i18next';
import type { en } from './en';

// Typed translation keys: t('peple.title') does not compile. English is the reference; nb, sv and da are typed as
// Messages (en.ts), so a key missing in any of the four languages fails the build too.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
