// Worker thread body for the offline espeak-ng voice (plain JS so it runs without a TS loader).
// The espeak-ng npm build is the espeak CLI compiled to WebAssembly. Its glue runs main() once at
// instantiation, but the instance exports main (__main_argc_argv) with malloc/free and keeps its
// runtime alive afterwards, so this worker instantiates once and calls main again for every job:
// measured ~0.4 s per job for a fresh instance (instantiation, the in-memory file system, loading
// the voice data) against ~0.05 s of set-up per call on the kept instance.
//
// The one piece of state main leaves behind that matters is getopt's `optind`: a second call
// would start parsing after the first call's options. Its address is found once, by comparing
// memory before and after a first call, and it is set to 0 (musl's full reset) before each call.
// If that cannot be found unambiguously, every job gets a fresh instance, as before.
//
// The glue keeps some state at module level, so this worker only ever uses one instance at a time.
import { parentPort, threadId, workerData } from 'node:worker_threads';
import ESpeakNg from 'espeak-ng';

const wasmModule = workerData.wasmModule;
// Emscripten's in-memory file system reports every path it probes as a thrown Error. Capturing
// their stacks (slower still under a source-map hook) took about a quarter of synthesis CPU in a
// --cpu-prof run; this worker reports errors by message only, so it keeps no stacks.
Error.stackTraceLimit = 0;

const WAV = 'out.wav';
let errors = [];
/** espeak instances this worker has made, reported with every answer. */
let instances = 0;

/** Instantiates espeak-ng without running main; resolves to the glue module and the raw exports. */
async function instantiate(extra = {}) {
  instances += 1;
  let exports;
  const module = await ESpeakNg({
    print() {},
    printErr(line) {
      errors.push(String(line));
    },
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(wasmModule, imports).then(
        (instance) => {
          exports = instance.exports;
          receive(instance);
        },
        (error) => errors.push(String(error)),
      );
      return {};
    },
    ...extra,
  });
  return { module, exports };
}

/** Runs main with `args` on a kept instance; returns its exit status. */
function callMain({ exports }, args) {
  const encoder = new TextEncoder();
  const argv = ['espeak-ng', ...args];
  const pointers = argv.map((arg) => {
    const bytes = encoder.encode(`${arg}\0`);
    const pointer = exports.malloc(bytes.length);
    new Uint8Array(exports.memory.buffer).set(bytes, pointer);
    return pointer;
  });
  const table = exports.malloc(4 * (argv.length + 1));
  const words = new Uint32Array(exports.memory.buffer);
  pointers.forEach((pointer, index) => (words[(table >> 2) + index] = pointer));
  words[(table >> 2) + argv.length] = 0;
  try {
    return exports.__main_argc_argv(argv.length, table);
  } catch (exit) {
    // exit() inside main throws the glue's ExitStatus; the runtime stays alive (noExitRuntime).
    if (exit && typeof exit.status === 'number') return exit.status;
    throw exit;
  } finally {
    pointers.forEach((pointer) => exports.free(pointer));
    exports.free(table);
  }
}

/** A kept instance with getopt's optind located, or null when it cannot be located unambiguously. */
async function keptInstance() {
  const kept = await instantiate({ noInitialRun: true });
  const before = new Int32Array(kept.exports.memory.buffer.slice(0));
  const args = ['-v', 'vi', '-w', WAV, '--', 'a'];
  if (callMain(kept, args) !== 0) return null;
  kept.module.FS.unlink(WAV);
  const after = new Int32Array(kept.exports.memory.buffer);
  // After parsing, optind points at the text: argv[args.length] (argv[0] is the program name).
  const found = [];
  for (let i = 0; i < before.length; i += 1) if (before[i] === 1 && after[i] === args.length) found.push(i);
  return found.length === 1 ? { ...kept, optind: found[0] } : null;
}

const kept = keptInstance().catch(() => null);

async function synthesize(args) {
  errors = [];
  const instance = await kept;
  if (instance) {
    new Int32Array(instance.exports.memory.buffer)[instance.optind] = 0;
    const status = callMain(instance, args);
    try {
      return { status, wav: instance.module.FS.readFile(WAV) };
    } catch {
      return { status, wav: null };
    } finally {
      if (instance.module.FS.analyzePath(WAV).exists) instance.module.FS.unlink(WAV);
    }
  }
  const fresh = await instantiate({ arguments: args });
  try {
    return { status: 0, wav: fresh.module.FS.readFile(WAV) };
  } catch {
    return { status: 0, wav: null };
  }
}

parentPort.on('message', async (job) => {
  try {
    // "--" ends option parsing, so text starting with "-" is read, never taken as a flag. The
    // speed is always given: a kept instance would otherwise keep the previous job's.
    const { status, wav } = await synthesize(['-v', job.voice, '-s', String(job.speed), '-w', WAV, '--', job.text]);
    if (!wav || status !== 0) throw new Error(`espeak-ng wrote no audio (exit ${status}): ${errors.join(' | ') || 'no message'}`);
    if (wav.byteLength > job.maxBytes) throw new Error(`espeak-ng output of ${wav.byteLength} bytes exceeds the cap of ${job.maxBytes}`);
    const copy = wav.slice();
    parentPort.postMessage({ id: job.id, wav: copy, worker: threadId, instances }, [copy.buffer]);
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
