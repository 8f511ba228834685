// One Tesseract engine in a Web Worker of its own, started by the check worker: pages of a scan
// are recognised in parallel, one per such worker (see ocr-threads.ts).

import { serveOcr, type OcrRequest } from '../../core/read/ocr-pool.ts';
import { browserOcr } from './ocr-env.ts';

const serve = serveOcr(browserOcr(), (answer) => self.postMessage(answer));
self.onmessage = (event: MessageEvent<OcrRequest>) => void serve(event.data);
