/** `--name value` options and positional arguments, in order. */
export interface Args {
  positional: string[];
  options: Map<string, string | true>;
}

const FLAGS = new Set(['jsonl', 'help']);

export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string?];
    if (inline !== undefined) options.set(name, inline);
    else if (FLAGS.has(name) || i + 1 >= argv.length) options.set(name, true);
    else options.set(name, argv[++i]!);
  }
  return { positional, options };
}

export function stringOption(args: Args, name: string): string | undefined {
  const value = args.options.get(name);
  return typeof value === 'string' ? value : undefined;
}
