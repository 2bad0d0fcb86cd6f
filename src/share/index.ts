/** Share links: scenario + view in the URL hash, view-only query parameters, the long-link warning. */
export {
  DAMAGED_MESSAGE,
  decodeLink,
  encodeLink,
  MAX_LINK_LENGTH,
  TRUNCATED_MESSAGE,
  type DecodedLink,
  type LinkErrorKind,
  type LinkView,
} from './linkCodec';
export { linkWarning, SAFE_LINK_LENGTH } from './linkWarning';
export { buildViewParams, parseViewParams, type Theme, type ViewParams, type ViewParamsRead } from './viewParams';
export { CURRENT_LINK_VERSION } from './migrations';
export { fileStem, scenarioFileText, traceFileParts } from './scenarioFile';
export { shorten, withThousands } from './describeValue';
