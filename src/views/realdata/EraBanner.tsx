import './eraBanner.css';
import { eraModelNote } from '../../model/eras';
import { selectScenario } from '../../store/selectors';
import { useExplorer } from '../storeContext';

/** One line, wherever an era other than 2.6.36 is chosen: what the model reproduces and what it does not. */
export function EraBanner() {
  const config = useExplorer(selectScenario).config;
  const note = eraModelNote(config);
  if (note === null) return null;
  return (
    <p className="era-banner" role="note" data-testid="era-banner">
      {note}
    </p>
  );
}
