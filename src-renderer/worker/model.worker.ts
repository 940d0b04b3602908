/** The model worker: every model runs here, never on the UI thread. */
import { expose, type Endpoint } from 'comlink';
import { DATA_FILES } from '../data';
import { createWorkerApi, WORKER_READY } from './api';

// `self` explicitly: @vitest/web-worker only rebinds `self` (TOOLCHAIN.md). The DOM lib types it as
// Window; in a worker it is the worker's global scope, which is a comlink Endpoint.
expose(createWorkerApi(DATA_FILES), self as unknown as Endpoint);
// Tell the pool we are listening; comlink ignores messages without a call id.
self.postMessage(WORKER_READY);
