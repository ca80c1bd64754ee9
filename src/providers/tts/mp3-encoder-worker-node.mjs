// Worker thread body for createMp3WorkerEncoder (plain JS so it runs without a TS loader).
// Same encoding as the in-thread createLameWasmEncoder: both call encodeWithLame.
import { parentPort, workerData } from 'node:worker_threads';
import { createLame, encodeWithLame } from '../../speech/audio/lame-wasm.mjs';

const lame = createLame(workerData.wasmModule);

parentPort.on('message', async (job) => {
  try {
    const mp3 = encodeWithLame(await lame, job.samples, job.sampleRate, job.kbps);
    parentPort.postMessage({ id: job.id, mp3 }, [mp3.buffer]);
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
