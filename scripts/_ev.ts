import { openStore } from '@accord/store';
const store = await openStore({ url: 'file:/tmp/accord-corpus.db' });
const [issue, src, tgt] = process.argv.slice(2);
const rels = await store.relations({ issue, from: '2011-01-01', to: '2019-12-31' } as any);
for (const r of rels as any[]) if (r.source === src && r.target === tgt) console.log(r.polarity, r.date, r.outlet ?? r.source_name ?? '', JSON.stringify(r.evidence?.[0]?.text ?? r.evidence).slice(0, 400));
await store.close();
