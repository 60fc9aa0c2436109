// Parses an AsyncAPI document with the AsyncAPI initiative's own parser (its spec schema and rules) and prints what it
// found as JSON: [{code, severity (0 error, 1 warning, 2 information, 3 hint), message, path}]. Run by AsyncApiLintTest.
import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';

const { diagnostics } = await new Parser().parse(readFileSync(process.argv[2], 'utf8'));
console.log(JSON.stringify(diagnostics.map(({ code, severity, message, path }) => ({ code, severity, message, path }))));
