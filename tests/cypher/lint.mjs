// Checks a Cypher file with Neo4j's own parser (@neo4j-cypher/language-support,
// the one behind Neo4j's editors): prints every error as FILE:LINE:COL: message
// and exits 1 if there is any, 0 if none, 2 if it cannot run.
//   node tests/cypher/lint.mjs graph.cypher
// lintCypherQuery takes a whole script of ';'-separated statements and reports
// errors in any of them, so the file is passed as one text.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node lint.mjs FILE.cypher');
  process.exit(2);
}

let lintCypherQuery;
try {
  ({ lintCypherQuery } = await import('@neo4j-cypher/language-support'));
} catch (error) {
  console.error(`Neo4j's Cypher parser is not installed (${error.code ?? error.message}).\n` +
                'Run scripts/setup.sh --test (it runs npm ci --prefix tests/cypher).');
  process.exit(2);
}

const text = readFileSync(file, 'utf8');
const { diagnostics } = lintCypherQuery(text, {});
const errors = diagnostics.filter((d) => d.severity === 1);
for (const d of errors) {
  console.log(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`);
}
if (errors.length > 0) {
  console.log(`${errors.length} error(s)`);
  process.exit(1);
}
