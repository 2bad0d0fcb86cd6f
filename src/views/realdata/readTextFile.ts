/** Logs and traces larger than this are refused before reading, with the size in the message. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** The text of a picked file, or a sentence saying why it cannot be read. */
export async function readTextFile(file: File): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      error: `${file.name}: ${file.size} bytes is more than the ${MAX_FILE_BYTES / 1024 / 1024} MiB this page reads`,
    };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return {
      ok: false,
      error: `${file.name}: could not be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}
