import { withThousands } from './describeValue';

/** Chat tools and some mail clients cut long URLs; past this length a file is the safer way to share. */
export const SAFE_LINK_LENGTH = 2000;

/** The warning to show beside a share link of `length` characters, or null when it is short enough. */
export function linkWarning(length: number): string | null {
  if (!(length > SAFE_LINK_LENGTH)) return null;
  return `This link is ${withThousands(length)} characters long: some chat tools cut links over 2,000 characters — export a file instead.`;
}
