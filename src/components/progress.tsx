import { useLocale } from './locale.tsx';

type Props = { current: number; total: number };

/** "Step 3 of 9" in words, and as a row of segments that reads as steps, not as a scrollbar. */
export function Progress({ current, total }: Props) {
  const t = useLocale().ui.step;
  const text = t.progress(current, total);
  return (
    <div className="piw-progress">
      <p className="piw-progress-text">{text}</p>
      <div
        className="piw-progress-bar"
        part="progress"
        role="progressbar"
        aria-label={t.progressLabel}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current}
        aria-valuetext={text}
      >
        {Array.from({ length: total }, (_, i) => (
          <span key={i} className={i < current ? 'piw-segment piw-segment-done' : 'piw-segment'} />
        ))}
      </div>
    </div>
  );
}
