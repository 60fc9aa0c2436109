/**
 * Lets a wide table scroll sideways on a narrow screen without the page doing so. The region can take
 * focus, so keyboard users can scroll it too (WCAG 2.1.1), and is named after what it holds.
 */
export function TableWrap({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="hh-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
