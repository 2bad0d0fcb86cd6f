/** The scenario code's value words, for share's messages (one definition, in scenario). */
export { describeValue, shorten, withThousands } from '../scenario/describeValue';
