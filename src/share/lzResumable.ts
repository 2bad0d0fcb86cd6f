/**
 * lz-string's `compressToEncodedURIComponent`, as a compressor that can be fed in pieces and
 * finished more than once.
 *
 * A share link packs the scenario first and the view (step, selection, panels) last. LZW is a
 * stream: the packer's state after the scenario part depends only on that part, so it is kept, and
 * each view is packed by running the few view characters on from there (`finish`), then undoing
 * them. The output is byte for byte what lz-string gives for the whole text (linkEncoder.test.ts).
 *
 * One quirk is copied on purpose: lz-string's dictionary is a plain object, where the key
 * `__proto__` can never be stored, so that phrase is never found in it.
 */

const URI_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const BITS_PER_CHAR = 6;
const UNSTORABLE = '__proto__';

export class LzUriPacker {
  private readonly dictionary = new Map<string, number>();
  /** Single characters seen but not yet written as literals. */
  private readonly toCreate = new Set<string>();
  private w = '';
  private enlargeIn = 2;
  private dictSize = 3;
  private numBits = 2;
  private readonly out: string[] = [];
  private value = 0;
  private position = 0;
  /** While finishing: how to undo each dictionary change, newest last. */
  private journal: (() => void)[] | null = null;
  private joined = '';
  private joinedLength = 0;

  /** Characters of output written so far (the finished output is at least this long). */
  get length(): number {
    return this.out.length;
  }

  push(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charAt(i);
      if (!this.dictionary.has(c)) {
        this.addEntry(c);
        this.toCreate.add(c);
        this.journal?.push(() => this.toCreate.delete(c));
      }
      const wc = this.w + c;
      if (wc !== UNSTORABLE && this.dictionary.has(wc)) {
        this.w = wc;
      } else {
        this.writeW();
        this.addEntry(wc);
        this.w = c;
      }
    }
  }

  /** The packed text of everything pushed plus `tail`; the packer is left as it was before the call. */
  finish(tail: string): string {
    const saved = {
      w: this.w,
      enlargeIn: this.enlargeIn,
      dictSize: this.dictSize,
      numBits: this.numBits,
      value: this.value,
      position: this.position,
      length: this.out.length,
    };
    this.journal = [];
    try {
      this.push(tail);
      if (this.w !== '') this.writeW();
      this.writeBits(2, this.numBits);
      // Pad the last character with zero bits.
      for (;;) {
        this.value <<= 1;
        if (this.position === BITS_PER_CHAR - 1) {
          this.out.push(URI_ALPHABET.charAt(this.value));
          break;
        }
        this.position++;
      }
      if (this.joinedLength !== saved.length) {
        this.joined = this.out.slice(0, saved.length).join('');
        this.joinedLength = saved.length;
      }
      return this.joined + this.out.slice(saved.length).join('');
    } finally {
      for (let i = this.journal.length - 1; i >= 0; i--) this.journal[i]!();
      this.journal = null;
      this.out.length = saved.length;
      this.w = saved.w;
      this.enlargeIn = saved.enlargeIn;
      this.dictSize = saved.dictSize;
      this.numBits = saved.numBits;
      this.value = saved.value;
      this.position = saved.position;
    }
  }

  private addEntry(key: string): void {
    const code = this.dictSize++;
    if (key === UNSTORABLE) return;
    this.dictionary.set(key, code);
    this.journal?.push(() => this.dictionary.delete(key));
  }

  private countDown(): void {
    if (--this.enlargeIn === 0) {
      this.enlargeIn = 2 ** this.numBits;
      this.numBits++;
    }
  }

  /** Writes the code for the phrase `w` (a literal the first time a character is used). */
  private writeW(): void {
    const w = this.w;
    if (this.toCreate.has(w)) {
      const code = w.charCodeAt(0);
      if (code < 256) {
        this.writeBits(0, this.numBits);
        this.writeBits(code, 8);
      } else {
        this.writeBits(1, this.numBits);
        this.writeBits(code, 16);
      }
      this.countDown();
      this.toCreate.delete(w);
      this.journal?.push(() => this.toCreate.add(w));
    } else {
      this.writeBits(this.dictionary.get(w)!, this.numBits);
    }
    this.countDown();
  }

  /** Least significant bit first, as lz-string writes codes. */
  private writeBits(bits: number, width: number): void {
    let v = bits;
    for (let i = 0; i < width; i++) {
      this.value = (this.value << 1) | (v & 1);
      if (this.position === BITS_PER_CHAR - 1) {
        this.position = 0;
        this.out.push(URI_ALPHABET.charAt(this.value));
        this.value = 0;
      } else {
        this.position++;
      }
      v >>= 1;
    }
  }
}
