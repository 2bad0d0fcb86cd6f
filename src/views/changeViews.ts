/** The views of the change itself, loaded together after the first picture (one chunk, one request). */
export { CodePath } from './codePath/CodePath';
export { MapArrayView } from './mapArray/MapArrayView';
export { MemoryRequests } from './memoryRequests/MemoryRequests';
