// Runs the GraphQL-over-HTTP audit suite of graphql-http (the spec's reference server) against
// a running server and prints each audit's result and a score per requirement level.
//
//   node audit.mjs [URL]        (default http://127.0.0.1:5080/graphql, or $LANDSCAPE_GRAPHQL_URL)
//
// Exits 1 when any MUST fails, or when any audit fails and --strict is given.
import { serverAudits } from 'graphql-http';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const url = args.find((a) => !a.startsWith('--')) ?? process.env.LANDSCAPE_GRAPHQL_URL ?? 'http://127.0.0.1:5080/graphql';

const levels = { MUST: [0, 0], SHOULD: [0, 0], MAY: [0, 0] };
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  const level = audit.name.split(' ')[0];
  levels[level][1]++;
  if (result.status === 'ok') {
    levels[level][0]++;
    console.log(`ok    ${audit.id} ${audit.name}`);
  } else {
    // The response body may already have been read by the audit; say what we can.
    const status = result.response?.status ?? '?';
    console.log(`${result.status.padEnd(5)} ${audit.id} ${audit.name}\n      HTTP ${status}: ${result.reason}`);
  }
}

const score = Object.entries(levels).map(([level, [ok, all]]) => `${level} ${ok}/${all}`).join(', ');
console.log(`\n${url}\n${score}`);
const mustFailed = levels.MUST[0] < levels.MUST[1];
const anyFailed = Object.values(levels).some(([ok, all]) => ok < all);
process.exit(mustFailed || (strict && anyFailed) ? 1 : 0);
