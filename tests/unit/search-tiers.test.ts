import { tieredSearch, type Tier, type TierQueries } from '../../server/src/delivery/search/backends/sql-backend';

/** Tiers of made-up ids (already newest first), and the calls a search makes. */
const fake = (sizes: Record<Tier, number>) => {
  let next = 1;
  const rows: Record<Tier, number[]> = { title: [], lead: [], body: [] };
  for (const tier of ['title', 'lead', 'body'] as const) for (let n = 0; n < sizes[tier]; n += 1) rows[tier].push(next++);
  const calls: string[] = [];
  const queries: TierQueries = {
    async count(where) {
      calls.push(`count:${where}`);
      if (where === 'title') return rows.title.length;
      if (where === 'titleOrLead') return rows.title.length + rows.lead.length;
      return rows.title.length + rows.lead.length + rows.body.length;
    },
    async slice(tier, limit, offset) {
      calls.push(`slice:${tier}`);
      expect(offset).toBeGreaterThanOrEqual(0);
      return rows[tier].slice(offset, offset + limit);
    },
  };
  const ranked = [...rows.title.map((id) => ({ id, field: 'title' })), ...rows.lead.map((id) => ({ id, field: 'lead' })), ...rows.body.map((id) => ({ id, field: 'body' }))];
  return { queries, calls, ranked };
};

const query = (offset: number, limit: number) => ({ terms: [['ha']], locale: 'vi', offset, limit });

describe('tieredSearch', () => {
  test('every page of every split of the tiers is the ranked list cut at that page', async () => {
    for (const title of [0, 1, 7, 20]) {
      for (const lead of [0, 3, 20]) {
        for (const body of [0, 1, 45]) {
          for (const limit of [1, 5, 20]) {
            for (let offset = 0; offset <= title + lead + body + 2; offset += 1) {
              const { queries, ranked } = fake({ title, lead, body });
              const result = await tieredSearch(query(offset, limit), queries);
              expect([title, lead, body, limit, offset, result]).toEqual([
                title,
                lead,
                body,
                limit,
                offset,
                { total: title + lead + body, matches: ranked.slice(offset, offset + limit) },
              ]);
            }
          }
        }
      }
    }
  });

  test('page 1 of a common word filled from the title tier: one count, one slice', async () => {
    const { queries, calls } = fake({ title: 500, lead: 5000, body: 90000 });
    await tieredSearch(query(0, 20), queries);
    expect(calls).toEqual(['count:all', 'slice:title']);
  });

  test('a page across two tiers reads both without counting them', async () => {
    const { queries, calls } = fake({ title: 10, lead: 5000, body: 90000 });
    await tieredSearch(query(0, 20), queries);
    expect(calls).toEqual(['count:all', 'slice:title', 'slice:lead']);
  });

  test('a page past the first tiers counts the tiers it skips', async () => {
    const { queries, calls } = fake({ title: 10, lead: 30, body: 90000 });
    await tieredSearch(query(100, 20), queries);
    expect(calls).toEqual(['count:all', 'slice:title', 'count:title', 'slice:lead', 'count:titleOrLead', 'slice:body']);
  });

  test('nothing found, or a page past the end: only the count', async () => {
    for (const [sizes, offset] of [
      [{ title: 0, lead: 0, body: 0 }, 0],
      [{ title: 1, lead: 1, body: 1 }, 3],
    ] as const) {
      const { queries, calls } = fake(sizes);
      expect((await tieredSearch(query(offset, 20), queries)).matches).toEqual([]);
      expect(calls).toEqual(['count:all']);
    }
  });
});
