// Starts the telegram-test-api Bot API emulator for the end-to-end tests (tests/e2e).
// Usage: node server.js PORT [HOST]. Prints one "listening" line when ready and
// stops on SIGTERM/SIGINT or when its standard input closes (the test run ended).
'use strict';

const TelegramServer = require('telegram-test-api');

const port = Number(process.argv[2] || process.env.E2E_EMULATOR_PORT || 9000);
const host = process.argv[3] || process.env.E2E_EMULATOR_HOST || '127.0.0.1';
// Keep unread messages for an hour: the default (60 s) could drop them mid-run.
const server = new TelegramServer({ port, host, storeTimeout: 3600 });

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  try {
    await server.stop();
  } finally {
    process.exit(0);
  }
}

process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();

server.start().then(
  () => console.log(`telegram-test-api listening on http://${host}:${port}`),
  (err) => {
    console.error(`telegram-test-api failed to start: ${err}`);
    process.exit(1);
  },
);
