import { type CliIo, main } from '../../../src/cli/main';

export interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The command run in this process over `io` (its fetch, clock and zone): what it prints and the exit code. */
export async function runInProcess(args: string[], io: Omit<CliIo, 'stdout' | 'stderr'>): Promise<CommandRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    ...io,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}
