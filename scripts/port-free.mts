/**
 * `npm start` runs this first: a taken port fails at once, with the way out, instead of after
 * a whole build (where `docusaurus serve` prints an error and still exits 0).
 */
import { createServer } from 'node:net';

const port = Number(process.env.PORT ?? 3000);
const server = createServer();
server.once('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is in use: stop what serves there, or pick another port, e.g. PORT=3001 npm start`
      : `Port ${port} cannot be used (${error.code ?? error.message}): pick another port, e.g. PORT=3001 npm start`,
  );
  process.exit(1);
});
server.listen(port, () => server.close());
