#!/usr/bin/env node
// The `ct-string` command: registers tsx so the TypeScript CLI (and the consent core it uses) runs as is.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../scripts/ct-string/cli.ts', import.meta.url).href);
