#!/usr/bin/env node
// Runs the TypeScript sources directly, as the generator does: the tool has no build step.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");
