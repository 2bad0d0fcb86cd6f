import { PRESENTATION_VIEWS, type PresentationViewId } from './presentationViews';

/** Check boxes for the panels presentation mode keeps on screen. */
export function ViewChooser({
  shown,
  setView,
}: {
  shown: readonly PresentationViewId[];
  setView: (id: PresentationViewId, on: boolean) => void;
}) {
  return (
    <details className="presentation-views">
      <summary>Views</summary>
      <fieldset>
        <legend>Show in presentation</legend>
        {PRESENTATION_VIEWS.map((v) => (
          <label key={v.id}>
            <input type="checkbox" checked={shown.includes(v.id)} onChange={(e) => setView(v.id, e.target.checked)} />{' '}
            {v.label}
          </label>
        ))}
        {shown.length === 0 ? <p className="presentation-note">Only the stepper is shown.</p> : null}
      </fieldset>
    </details>
  );
}
