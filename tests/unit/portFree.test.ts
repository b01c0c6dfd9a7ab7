/** `npm start` stops before building when its port is taken, and says how to pick another. */
import { spawnSync } from 'node:child_process';
import { createServer, type AddressInfo, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const portFree = (port: number) =>
  spawnSync('npx', ['tsx', 'scripts/port-free.mts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    encoding: 'utf8',
  });

describe('the port check of npm start', () => {
  let taken: Server;
  let port: number;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    port = (taken.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

  it('fails with one line naming the port and the way out when the port is taken', () => {
    const run = portFree(port);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `Port ${port} is in use: stop what serves there, or pick another port, e.g. PORT=3001 npm start`,
    );
  });

  it('passes quietly when the port is free', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, resolve));
    const free = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const run = portFree(free);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
