import { openStore } from '@accord/store';
const store = await openStore({ url: 'file:/tmp/accord-corpus.db' });
const [issue, list] = process.argv.slice(2);
const who = list.split(',');
const recs = await store.positions({ issue, from: '2011-01-01', to: '2019-12-31' } as any);
const t = new Map<string, Map<string, number>>();
const all = new Map<string, Set<string>>();
for (const r of recs as any[]) { const k = `${r.code}${r.polarity===1?'+':'-'}`; (all.get(k) ?? all.set(k,new Set()).get(k)!).add(r.country); if (!who.includes(r.country)) continue; const m = t.get(r.country) ?? t.set(r.country,new Map()).get(r.country)!; m.set(k,(m.get(k)??0)+1); }
for (const [c,m] of t) console.log(c, [...m].sort((a,b)=>b[1]-a[1]).map(([k,n])=>`${k}:${n}(${all.get(k)!.size})`).join(' '));
await store.close();
