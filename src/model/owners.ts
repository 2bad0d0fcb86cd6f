/**
 * The owner codes of a chunk's areas that are not an op's allocation, for views that colour
 * and name areas (re-exported so views import no engine values).
 */
export { OWNER_FREE, OWNER_STATIC, OWNER_STATIC_AND_RESERVED } from '../engine/types';
