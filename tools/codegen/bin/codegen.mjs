#!/usr/bin/env node
// Runs the TypeScript sources directly: the generator has no build step of its own.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");
