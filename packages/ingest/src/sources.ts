import { createReadStream, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import * as tar from 'tar';
import { IngestError, plainMessage } from './error.js';
import { parseArticles, readArticles } from './read.js';
import { ARTICLE_EXTENSIONS, expandPaths, isArchive } from './walk.js';
import type { ReadFailure, ReadResult, SourceArticle } from './source.js';

/** One article of a source, or one thing in it that could not be read. */
export type SourceItem = { article: SourceArticle } | { failure: ReadFailure };

/** Archive entries larger than this are reported, not read: a tar bomb must not exhaust memory. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

/**
 * Every article under the given paths, in order: files and folders of .txt, .html, .json, .jsonl
 * and `.tar.gz` archives of such files. A file that cannot be read becomes one failure and the
 * walk goes on. Archives are read as a stream, paced by the caller.
 *
 * @example
 * for await (const item of articleSources(['../shared/corpus/ungdc_2011_2024.tar.gz'])) if ('article' in item) console.log(item.article.id);
 */
export async function* articleSources(paths: string[], options: { encoding?: string | undefined } = {}): AsyncGenerator<SourceItem> {
  const { files, failures } = expandPaths(paths, { archives: true });
  for (const failure of failures) yield { failure };
  for (const file of files) {
    if (isArchive(file)) {
      yield* archiveSources(file, options);
      continue;
    }
    yield* fromRead(() => readArticles(file, options));
  }
}

function* fromRead(read: () => ReadResult): Generator<SourceItem> {
  let result;
  try {
    result = read();
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    yield { failure: { origin: '', message: plainMessage(error) } };
    return;
  }
  for (const failure of result.failures) yield { failure };
  for (const article of result.articles) yield { article };
}

async function* archiveSources(file: string, options: { encoding?: string | undefined }): AsyncGenerator<SourceItem> {
  // The parser pushes entries as it reads; a queue turns that into a pull the caller can pace.
  const queue: SourceItem[] = [];
  let finished = false;
  let wake: (() => void) | undefined;
  const push = (item: SourceItem) => {
    queue.push(item);
    wake?.();
  };
  const finish = () => {
    finished = true;
    wake?.();
  };
  const parser = new tar.Parser({
    onReadEntry: (entry) => {
      const name = `${file}/${entry.path}`;
      const ext = entry.path.slice(entry.path.lastIndexOf('.')).toLowerCase();
      if (entry.type !== 'File' || !ARTICLE_EXTENSIONS.has(ext) || basename(entry.path).startsWith('.')) {
        entry.resume();
        return;
      }
      if ((entry.size ?? 0) > MAX_ENTRY_BYTES) {
        push({ failure: { origin: name, message: `entry of ${entry.size} bytes is over the ${MAX_ENTRY_BYTES / 2 ** 20} MB limit` } });
        entry.resume();
        return;
      }
      const chunks: Buffer[] = [];
      entry.on('data', (chunk: Buffer) => chunks.push(chunk));
      entry.on('end', () => {
        for (const item of fromRead(() => parseArticles(Buffer.concat(chunks), { name, encoding: options.encoding }))) push(item);
      });
    },
    // A file that is not a tar at all, or ends mid-entry, only warns: say so instead of yielding nothing.
    onwarn: (code, message) => {
      if (code === 'TAR_BAD_ARCHIVE') push({ failure: { origin: file, message: `not a readable .tar.gz archive (${String(message)})` } });
    },
  });
  const stream = createReadStream(file);
  stream.on('error', (cause) => {
    push({ failure: { origin: file, message: `cannot read: ${(cause as NodeJS.ErrnoException).code ?? cause.message}` } });
    finish();
  });
  // A corrupt gzip stream aborts the parser with an error and no 'close' after it.
  parser.on('error', (cause: Error) => {
    push({ failure: { origin: file, message: `not a readable .tar.gz archive (${cause.message}); the entries before the damage were read` } });
    stream.destroy();
    finish();
  });
  parser.on('close', finish);
  // Fed by hand rather than piped: a pipe resumes the file on the parser's 'drain' and would undo
  // the pause that keeps the queue bounded while the caller is slow.
  stream.on('data', (chunk) => parser.write(chunk as Buffer));
  stream.on('end', () => parser.end());
  try {
    while (true) {
      if (queue.length > 0) {
        if (queue.length > 64) stream.pause();
        yield queue.shift()!;
        continue;
      }
      if (finished) return;
      stream.resume();
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    // The caller may stop early (Ctrl-C, a store error): stop reading the file with it.
    stream.destroy();
  }
}

/**
 * How many articles the paths hold, counted cheaply (JSON Lines by lines, archives by entries),
 * for a progress bar's total.
 *
 * @example
 * await countArticles(['fixtures/ar', 'fixtures/en']); // 60
 */
export async function countArticles(paths: string[]): Promise<number> {
  const { files } = expandPaths(paths, { archives: true });
  let total = 0;
  for (const file of files) {
    if (isArchive(file)) {
      await tar
        .t({
          file,
          onReadEntry: (entry) => {
            if (entry.type === 'File' && ARTICLE_EXTENSIONS.has(entry.path.slice(entry.path.lastIndexOf('.')).toLowerCase())) total++;
          },
        })
        .catch(() => undefined);
    } else if (/\.(jsonl|ndjson)$/i.test(file)) {
      total += countLines(file);
    } else total++;
  }
  return total;
}

function countLines(file: string): number {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return 1;
  }
  let lines = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? lines + 1 : lines;
}
