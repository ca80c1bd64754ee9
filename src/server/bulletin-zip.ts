import JSZip from 'jszip';

/** Already-compressed formats are stored as they are: deflating them again costs time and saves nothing. */
const STORED = /\.(mp3|pptx|docx|zip)$/;

/**
 * A zip of a bulletin's files under one folder, streamed as it is compressed. `read` is asked for
 * each file in turn, so the caller fixes which revision every file comes from; a missing file is
 * left out rather than failing the whole download.
 */
export async function zipBulletinFiles(folder: string, names: readonly string[], read: (name: string) => Promise<Uint8Array | null>): Promise<ReadableStream<Uint8Array>> {
  const zip = new JSZip();
  for (const name of names) {
    const bytes = await read(name);
    if (bytes) zip.file(`${folder}/${name}`, bytes, { compression: STORED.test(name) ? 'STORE' : 'DEFLATE', date: new Date(0) });
  }
  const helper = zip.generateInternalStream({ type: 'uint8array', streamFiles: true, compressionOptions: { level: 6 } });
  return new ReadableStream<Uint8Array>({
    start(controller) {
      helper
        .on('data', (chunk) => controller.enqueue(chunk))
        .on('error', (error) => controller.error(error))
        .on('end', () => controller.close());
      helper.resume();
    },
    cancel() {
      helper.pause();
    },
  });
}
