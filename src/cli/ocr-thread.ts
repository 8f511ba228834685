// One Tesseract engine in a Node worker thread, serving the pool of src/cli/node-env.ts.

import { parentPort } from 'node:worker_threads';
import { serveOcr, type OcrRequest } from '../core/read/ocr-pool.ts';
import { threadOcr } from './node-env.ts';

const serve = serveOcr(threadOcr(), (answer) => parentPort!.postMessage(answer));
parentPort!.on('message', (request: OcrRequest) => void serve(request));
