// Child process of the parallel-append test: appends `count` records to
// the journal at `path`, each with a distinct operation id.
import { Journal, systemClock } from '@shipshape/core';

const [path = '', writer = '0', count = '10'] = process.argv.slice(2);
const journal = new Journal(path, systemClock);
for (let index = 0; index < Number(count); index += 1) {
  await journal.append({
    kind: 'decision',
    stage: 'test',
    actor: `writer-${writer}`,
    summary: `record ${index} of writer ${writer}`,
    operationId: `w${writer}-r${index}`,
  });
}
