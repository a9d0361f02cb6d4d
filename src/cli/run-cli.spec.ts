import { INestApplicationContext } from '@nestjs/common';
import { PassThrough } from 'node:stream';
import { CliCommand, EXIT, parseCommandArgs } from './command';
import { COMMANDS } from './commands';
import { runCli } from './run-cli';

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  return { streams: { stdout, stderr, env: {} }, out: () => out, err: () => err };
}

const noBoot = () => Promise.reject(new Error('must not boot'));

describe(runCli.name, () => {
  const sut = runCli;

  it('lists every registered command on help without booting the application', async () => {
    const { streams, out } = io();
    expect(await sut(['help'], streams, COMMANDS, noBoot)).toBe(EXIT.OK);
    for (const command of COMMANDS) expect(out()).toContain(command.name);
  });

  it('shows a command’s usage on --help', async () => {
    const { streams, out } = io();
    expect(await sut(['audit:verify', '--help'], streams, COMMANDS, noBoot)).toBe(EXIT.OK);
    expect(out()).toContain('Usage: npm run cli -- audit:verify');
  });

  it('answers an unknown command with the list and exit code 2', async () => {
    const { streams, err } = io();
    expect(await sut(['nope'], streams, COMMANDS, noBoot)).toBe(EXIT.USAGE);
    expect(err()).toContain('Unknown command "nope"');
  });

  it('answers an unknown option with the usage and exit code 2', async () => {
    const { streams, err } = io();
    expect(await sut(['audit:verify', '--bogus'], streams, COMMANDS, noBoot)).toBe(EXIT.USAGE);
    expect(err()).toMatch(/Unknown option '--bogus'[\s\S]*Usage: npm run cli -- audit:verify/);
  });

  it('boots the application once, on demand, and closes it afterwards', async () => {
    const close = jest.fn(() => Promise.resolve());
    const boot = jest.fn(() => Promise.resolve({ close } as unknown as INestApplicationContext));
    const twice: CliCommand = {
      name: 'test:twice',
      description: 'boots twice',
      usage: 'test:twice',
      async run(ctx) {
        await ctx.app();
        await ctx.app();
        return EXIT.OK;
      },
    };
    const { streams } = io();
    expect(await sut(['test:twice'], streams, [twice], boot)).toBe(EXIT.OK);
    expect(boot).toHaveBeenCalledTimes(1);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('reports a failing command with its message and exit code 3', async () => {
    const failing: CliCommand = {
      name: 'test:fail',
      description: 'fails',
      usage: 'test:fail',
      run: () => Promise.reject(new Error('database unreachable')),
    };
    const { streams, err } = io();
    expect(await sut(['test:fail'], streams, [failing], noBoot)).toBe(EXIT.ERROR);
    expect(err()).toBe('test:fail failed: database unreachable\n');
  });
});

describe(parseCommandArgs.name, () => {
  it('parses declared options', () => {
    expect(parseCommandArgs(['--json'], { json: { type: 'boolean' } }).values).toEqual({ json: true });
  });
});
