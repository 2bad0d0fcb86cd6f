/** The kernel eras the model knows and the note a view shows for one (from the engine). */
export { ERAS, eraModelNote } from '../engine/era';
