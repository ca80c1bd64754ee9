// Worker thread body for the offline espeak-ng voice (plain JS so it runs without a TS loader).
// The espeak-ng npm build is the espeak CLI compiled to WebAssembly: it runs main() once, at
// instantiation, and does not export callMain, so every call gets a fresh instance. Measured
// here: ~0.94 s for the first instance (compiling the 18 MB module) vs ~0.33 s per instance
// from a WebAssembly.Module compiled once in the parent and shared with every worker.
import { parentPort, workerData } from 'node:worker_threads';
import ESpeakNg from 'espeak-ng';

const wasmModule = workerData.wasmModule;
// Emscripten's in-memory file system reports every path it probes as a thrown Error. Capturing
// their stacks (slower still under a source-map hook) took about a quarter of synthesis CPU in a
// --cpu-prof run; this worker reports errors by message only, so it keeps no stacks.
Error.stackTraceLimit = 0;

parentPort.on('message', async (job) => {
  const errors = [];
  try {
    const instance = await ESpeakNg({
      // "--" ends option parsing, so text starting with "-" is read, never taken as a flag.
      arguments: ['-v', job.voice, ...(job.speed ? ['-s', String(job.speed)] : []), '-w', 'out.wav', '--', job.text],
      print() {},
      printErr(line) {
        errors.push(String(line));
      },
      instantiateWasm(imports, receive) {
        WebAssembly.instantiate(wasmModule, imports).then((wasmInstance) => receive(wasmInstance), (error) => errors.push(String(error)));
        return {};
      },
    });
    let wav;
    try {
      wav = instance.FS.readFile('out.wav');
    } catch {
      throw new Error(`espeak-ng wrote no audio: ${errors.join(' | ') || 'no message'}`);
    }
    if (wav.byteLength > job.maxBytes) throw new Error(`espeak-ng output of ${wav.byteLength} bytes exceeds the cap of ${job.maxBytes}`);
    const copy = wav.slice();
    parentPort.postMessage({ id: job.id, wav: copy }, [copy.buffer]);
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
