/**
 * The worker thread of sinks.mjs's sqliteSink: runs the synchronous SQLite load, one message at a
 * time, answering each (or its error) by id.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { sqliteLoad } from './sinks.mjs';

let load = null;
let opening = null;
try {
  load = sqliteLoad(workerData.file);
} catch (error) {
  opening = error;
}

parentPort.on('message', (message) => {
  try {
    if (opening) throw opening;
    if (message.kind === 'rows') load.rows(message.table, message.columns, message.rows);
    else if (message.kind === 'head') load.head(message.seq, message.hash);
    else if (message.kind === 'finish') load.finish();
    else if (message.kind === 'abort') load.abort();
    parentPort.postMessage({ id: message.id });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: error.stack ?? String(error) });
  }
});
