// Terminal colour, only for a person: stdout is a TTY and NO_COLOR (no-color.org) is unset.
import type { CliIo } from "./io.js";

type Paint = (text: string) => string;
export interface Style {
  bold: Paint;
  dim: Paint;
  green: Paint;
  red: Paint;
  yellow: Paint;
}

const sgr =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;
const plain: Paint = (text) => text;

export function styleFor(io: CliIo): Style {
  const enabled = io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
  if (!enabled) return { bold: plain, dim: plain, green: plain, red: plain, yellow: plain };
  return { bold: sgr(1, 22), dim: sgr(2, 22), green: sgr(32, 39), red: sgr(31, 39), yellow: sgr(33, 39) };
}
