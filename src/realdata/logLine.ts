/**
 * Pasted logs arrive with whatever the reader's tools added around the kernel's text:
 * e-mail quoting, syslog or journal prefixes, printk levels and timestamps. These helpers
 * peel those layers off so the parsers see the kernel's own words.
 */

/** Splits on any newline convention, keeping empty lines so line numbers stay true. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Removes e-mail quoting: `> `, `>> `, `> > ` at the start of a line. */
export function stripQuoting(line: string): string {
  return line.replace(/^\s*(?:>[ \t]?)+/, '');
}

const PREFIXES: RegExp[] = [
  // printk level as read from /proc/kmsg or a serial console: <6>
  /^<\d{1,3}>/,
  // dmesg -x: "kern  :info  : "
  /^(?:kern|user|daemon|syslog)\s*:\s*(?:emerg|alert|crit|err|warn|notice|info|debug)\s*:/,
  // dmesg -T: "[Mon Jun 30 05:29:39 2024]"
  /^\[[A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d{1,2}:\d{2}:\d{2} \d{4}\]/,
  // printk timestamp [    0.000000] and the caller id of newer kernels [    T0] / [  C1]
  /^\[\s*\d+\.\d+\]/,
  /^\[\s*[TC]\d+\]/,
  // syslog / journalctl short format: "Nov 26 12:00:00 host kernel:"
  /^[A-Z][a-z]{2} +\d{1,2} +\d{1,2}:\d{2}:\d{2} +\S+ +kernel:/,
  // ISO timestamps: "2010-11-26T12:00:00.000000+00:00 host kernel:"
  /^\d{4}-\d{2}-\d{2}[T ][\d:.,+\-Z]+ +\S+ +kernel:/,
  /^kernel:/,
  // journalctl -o short-monotonic puts the host after the timestamp: "[    0.07] host kernel:"
  /^[\w.-]+ kernel:/,
];

/** Removes quoting and every known log prefix, in any order and repetition. */
export function cleanLine(line: string): string {
  let out = stripQuoting(line).trimStart();
  for (let changed = true; changed;) {
    changed = false;
    for (const prefix of PREFIXES) {
      const next = out.replace(prefix, '').trimStart();
      if (next !== out) {
        out = next;
        changed = true;
      }
    }
  }
  return out;
}

/** Parses a run of decimal digits into a safe integer, or null. */
export function decimal(digits: string | undefined): number | null {
  if (digits === undefined || !/^\d+$/.test(digits)) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}
