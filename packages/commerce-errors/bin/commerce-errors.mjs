#!/usr/bin/env node
// The published command: runs the built CLI (dist/esm/cli), see src/cli/main.ts.
import { main } from "../dist/esm/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
