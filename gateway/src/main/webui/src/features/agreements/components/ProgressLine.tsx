import { useTranslation } from 'react-i18next';
import type { Progress } from '../../../shared/api/types';
import { formatDate } from '../../../shared/format';

/**
 * The person's own ratings (1–10) over time as a line, so progress shows at a glance; the same numbers are listed for
 * screen readers and for anyone who prefers words to a picture.
 */
export function ProgressLine({ progress }: { progress: Progress[] }) {
  const { t } = useTranslation();
  const rated = progress.filter((note) => note.rating !== undefined && note.rating !== null);
  if (rated.length === 0) return null;
  const width = 160;
  const height = 40;
  const step = rated.length > 1 ? width / (rated.length - 1) : 0;
  const points = rated.map((note, i) => `${rated.length > 1 ? i * step : width / 2},${height - ((note.rating ?? 1) - 1) / 9 * height}`);
  const last = rated[rated.length - 1];
  return (
    <figure className="hh-progress">
      <svg viewBox={`-4 -4 ${width + 8} ${height + 8}`} width={width + 8} height={height + 8} aria-hidden="true" focusable="false">
        <polyline points={points.join(' ')} fill="none" stroke="currentColor" strokeWidth="2" />
        {points.map((point) => {
          const [x, y] = point.split(',');
          return <circle key={point} cx={x} cy={y} r="3" fill="currentColor" />;
        })}
      </svg>
      <figcaption>
        {t('plan.latestRating', { rating: last.rating, date: formatDate(last.recordedAt) })}
        <span className="hh-visually-hidden">{' '}{t('plan.allRatings', { ratings: rated.map((note) => note.rating).join(', ') })}</span>
      </figcaption>
    </figure>
  );
}
