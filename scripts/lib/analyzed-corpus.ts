/**
 * A corpus reader that analyses the UN General Debate speeches itself, in memory, with the engine of
 * this checkout: the validation scripts' `--analyze` mode, to judge an engine change without
 * re-ingesting a store. Speeches only (their country from the file name, as ingest reads them).
 */
import { join } from 'node:path';
import { recordsFromAnalysis, type AgreementRecord, type PositionRecord, type RelationRecord } from '@accord/corpus';
import { defaultLexicon } from '@accord/lexicon';
import { analyze } from '@accord/stance';
import * as tar from 'tar';
import { sharedCorpusDir, UNGD_SOURCE, type CorpusReader, type Period, type Speech } from './corpus-reader.js';

/**
 * Reads and analyses every speech of the years given (2011–2019 by default) once.
 *
 * @example
 * const corpus = openAnalyzedCorpus({ from: 2011, to: 2019 });
 * (await corpus.relations('palestine', null, 'speeches')).length;
 */
export function openAnalyzedCorpus(years: Period = { from: 2011, to: 2019 }): CorpusReader {
  const lexicon = defaultLexicon();
  const speeches: Speech[] = [];
  tar.t({
    file: join(sharedCorpusDir(), `${UNGD_SOURCE}.tar.gz`),
    sync: true,
    onReadEntry: (entry) => {
      const m = /([A-Z]{3})_\d+_(\d{4})\.txt$/.exec(entry.path);
      const country = m ? lexicon.iso3.get(m[1]!) : undefined;
      const year = m ? Number(m[2]) : 0;
      if (!m || !country || year < years.from || year > years.to) return void entry.resume();
      const chunks: Buffer[] = [];
      entry.on('data', (c: Buffer) => chunks.push(c));
      entry.on('end', () =>
        speeches.push({ articleId: entry.path.slice(entry.path.lastIndexOf('/') + 1), country, year, text: Buffer.concat(chunks).toString('utf8') }),
      );
    },
  });
  const positions: PositionRecord[] = [];
  const agreements: AgreementRecord[] = [];
  const relations: RelationRecord[] = [];
  for (const s of speeches) {
    const analysis = analyze({ text: s.text, speakerCountry: s.country, date: String(s.year), sentences: false, lexicon });
    const records = recordsFromAnalysis({ analysis, articleId: s.articleId, date: `${s.year}-01-01` });
    positions.push(...records.positions);
    agreements.push(...records.agreements);
    relations.push(...records.relations);
  }
  const within = (date: string | null, period: Period | null) =>
    !period || (date !== null && Number(date.slice(0, 4)) >= period.from && Number(date.slice(0, 4)) <= period.to);
  return {
    positions: async (issue, period) => positions.filter((p) => p.issue === issue && within(p.date, period)),
    agreements: async (issue, period) => agreements.filter((a) => a.issue === issue && within(a.date, period)),
    relations: async (issue, period) => relations.filter((r) => r.issue === issue && within(r.date, period)),
    speeches: async (period) => speeches.filter((s) => !period || (s.year >= period.from && s.year <= period.to)),
    close: async () => {},
  };
}
