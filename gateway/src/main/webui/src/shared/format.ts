import i18n from './i18n';

/** Dates as people in the chosen language write them; the API speaks ISO-8601. */
export function formatDate(value?: string | null): string {
  if (!value) return '–';
  const date = new Date(value.length === 10 ? value + 'T12:00:00Z' : value);
  // A date JavaScript cannot hold (the API allows 1900–2200; an older record may hold more) is shown as the API wrote it.
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

export function formatDateTime(value?: string | null): string {
  if (!value) return '–';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })
    .format(date);
}

function locale(): string {
  return i18n.language === 'nb' ? 'nb-NO' : i18n.language === 'sv' ? 'sv-SE' : i18n.language === 'da' ? 'da-DK' : 'en-GB';
}

/** Today as an ISO date (yyyy-mm-dd) in the user's time zone. */
export function todayIso(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().substring(0, 10);
}

/** A municipality's alias as a name (asker → Asker). */
export function municipalityName(alias?: string | null): string {
  if (!alias) return '–';
  return alias.charAt(0).toUpperCase() + alias.substring(1);
}
