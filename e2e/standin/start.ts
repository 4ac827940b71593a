import { parseArgs } from 'node:util';
import { startStandin } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    name: { type: 'string' },
    'chat-unread-delay-ms': { type: 'string' },
  },
});

const standin = await startStandin({
  port: values.port ? Number(values.port) : 0,
  name: values.name,
  ...(values['chat-unread-delay-ms'] ? { chatUnreadDelayMs: Number(values['chat-unread-delay-ms']) } : {}),
});
process.stdout.write(`STANDIN_URL=${standin.url}\n`);

const stop = () => {
  void standin.close().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
