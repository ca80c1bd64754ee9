// Worker thread body for createMp3WorkerEncoder (plain JS so it runs without a TS loader).
// Same encoding as src/speech/audio/encode-mp3.ts: CBR mono, fed in 16-frame blocks.
import { parentPort } from 'node:worker_threads';
import { Mp3Encoder } from '@breezystack/lamejs';

const BLOCK = 1152 * 16;

parentPort.on('message', (job) => {
  try {
    const encoder = new Mp3Encoder(1, job.sampleRate, job.kbps);
    const parts = [];
    for (let start = 0; start < job.samples.length; start += BLOCK) {
      const chunk = encoder.encodeBuffer(job.samples.subarray(start, start + BLOCK));
      if (chunk.length > 0) parts.push(chunk);
    }
    parts.push(encoder.flush());
    const mp3 = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      mp3.set(part, offset);
      offset += part.length;
    }
    parentPort.postMessage({ id: job.id, mp3 }, [mp3.buffer]);
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
