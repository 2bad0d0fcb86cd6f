import { useMemo } from 'react';
import { SPEEDS } from '../../store/playbackSlice';
import {
  selectLength,
  selectPlaying,
  selectSetupError,
  selectSpeed,
  selectStep,
  selectTimeline,
} from '../../store/selectors';
import { useExplorer, useExplorerStore } from '../storeContext';
import './stepper.css';
import { ShortcutSheet } from '../keyboard/ShortcutSheet';
import { CurrentOp } from './CurrentOp';
import { LoopControls } from './LoopControls';
import { TransportIcon } from './TransportIcon';
import { stepBy, toFirst, toLast, togglePlay, toProblem, toSlabOnline } from './playbackActions';
import { Scrubber } from './Scrubber';
import { lastBefore, nextAfter, stepMarkers } from '../../model/stepMarkers';
import { useStepperKeys } from './useStepperKeys';

const speedLabel = (speed: number) => `${speed}×`;

/** Full-width playback bar: transport buttons, scrubber, speed, jumps and loop. */
export function Stepper() {
  const store = useExplorerStore();
  const step = useExplorer(selectStep);
  const length = useExplorer(selectLength);
  const playing = useExplorer(selectPlaying);
  const speed = useExplorer(selectSpeed);
  const timeline = useExplorer(selectTimeline);
  const setupError = useExplorer(selectSetupError);
  const setSpeed = useExplorer((s) => s.setSpeed);
  const markers = useMemo(() => stepMarkers(timeline), [timeline]);
  useStepperKeys();

  if (setupError !== null) {
    return (
      <section className="stepper" aria-label="Stepper">
        <p className="stepper-error" role="alert">
          This configuration does not boot, so there are no steps: {setupError}
        </p>
      </section>
    );
  }

  const prevProblem = lastBefore(markers.problems, step);
  const nextProblem = nextAfter(markers.problems, step);
  return (
    <section className="stepper" aria-label="Stepper">
      <div className="stepper-row">
        <div className="transport" role="group" aria-label="Playback">
          <button type="button" aria-label="First step" onClick={() => toFirst(store)} disabled={step === 0}>
            <TransportIcon name="first" />
          </button>
          <button type="button" aria-label="Previous step" onClick={() => stepBy(store, -1)} disabled={step === 0}>
            <TransportIcon name="previous" />
          </button>
          <button
            type="button"
            className="play"
            aria-label={playing ? 'Pause' : 'Play'}
            onClick={() => togglePlay(store)}
            disabled={length === 0}
          >
            <TransportIcon name={playing ? 'pause' : 'play'} />
          </button>
          <button type="button" aria-label="Next step" onClick={() => stepBy(store, 1)} disabled={step >= length}>
            <TransportIcon name="next" />
          </button>
          <button type="button" aria-label="Last step" onClick={() => toLast(store)} disabled={step >= length}>
            <TransportIcon name="last" />
          </button>
        </div>
        <Scrubber />
        <label className="speed">
          Speed{' '}
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {speedLabel(s)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="stepper-row stepper-row-secondary">
        <div className="jumps" role="group" aria-label="Jump to">
          <button type="button" onClick={() => toSlabOnline(store)} disabled={markers.slabOnline === null}>
            Jump to slab online
          </button>
          <button type="button" onClick={() => toProblem(store, -1)} disabled={prevProblem === null}>
            <span aria-hidden="true">◀ </span>Previous failure or warning
          </button>
          <button type="button" onClick={() => toProblem(store, 1)} disabled={nextProblem === null}>
            Next failure or warning<span aria-hidden="true"> ▶</span>
          </button>
          <span className="marker-summary">
            <span aria-hidden="true">✖</span> {markers.failures.length} failed · <span aria-hidden="true">⚠</span>{' '}
            {markers.warnings.length} warned · <span aria-hidden="true">⚑</span> {markers.bookmarks.length} bookmarks
          </span>
        </div>
        <LoopControls />
        <ShortcutSheet />
      </div>
      <CurrentOp />
    </section>
  );
}
