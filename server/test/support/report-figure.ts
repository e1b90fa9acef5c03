/** Prints a figure a long or randomised test found (rounds, writes checked): docs/security.md quotes them. */
export function reportFigure(line: string): void {
  process.stdout.write(`${line}\n`);
}
